import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits nobody with a word the sentence says nobody used, whoever vouches for it', () => {
  const got = speakers([
    'No one at the hearing said "strike", according to the clerk, Wilma Torsby.',
    'Nobody on the board ever called the loan "a gift", the treasurer, Ansgar Hobb, said.',
    'Torsby said on Monday: "The hearing was calm."',
  ]);
  expect(got.get('strike')).toBeNull();
  expect(got.get('a gift')).toBeNull();
  expect(got.get('The hearing was calm')).toBe('Wilma Torsby');
});

it('credits nobody with words in rumours or claims the sentence says were denied', () => {
  const got = speakers([
    'Rumours that Admiral Fenwick Oduya had called the drill "a dress rehearsal" were denied by the navy.',
    'Reports that chairwoman Lotte Saari described the bid as "hostile" have been flatly rejected by her office.',
  ]);
  expect(got.get('a dress rehearsal')).toBeNull();
  expect(got.get('hostile')).toBeNull();
});

it('keeps a report the sentence leaves standing', () => {
  const got = speakers(['Reports that chairwoman Idun Marsk called the bid "hostile" spread quickly on Monday.']);
  expect(got.get('hostile')).toBe('Idun Marsk');
});

it('credits nobody with words a correction says an earlier version reported', () => {
  const got = speakers([
    'Correction: An earlier version of this article said the planner, Rosalind Veck, called the scheme "reckless". It was a councillor, Bram Oster, who used the word.',
  ]);
  expect(got.get('reckless')).toBeNull();
});

it('credits nobody with words a question puts to someone, and gives the answer to the one answering', () => {
  const got = speakers([
    'Asked whether she had called the merger "a takeover", director Sunniva Hald said: "I did not."',
    'Will Mayor Otis Crane say "sorry"? Not yet.',
    'Did the coach, Benno Strack, really call the referee "a coward"?',
  ]);
  expect(got.get('a takeover')).toBeNull();
  expect(got.get('I did not')).toBe('Sunniva Hald');
  expect(got.get('sorry')).toBeNull();
  expect(got.get('a coward')).toBeNull();
});

it('still credits words a question asks about when the sentence states them', () => {
  const got = speakers(['Mayor Otis Crane will say "sorry" on Friday, his office said.']);
  expect(got.get('sorry')).not.toBeNull();
});

it('credits nobody with words whose sense another is asked after ("what X meant by")', () => {
  const got = speakers(['What the governor meant by "full backing" is still unclear, said the analyst Pernille Strand.']);
  expect(got.get('full backing')).toBeNull();
});
