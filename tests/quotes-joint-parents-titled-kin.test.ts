import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

// A couple named jointly ("Kofi and Ama X", given names the lexicon may lack) bear the surname both; a son brought in
// later as "her son, NAME X" is not whom a later "Mr. X" means while his father is in play.

it('reads "the parents, Kojo and Abena X" as a Kojo X, whom "Mr. X" means, even where the lexicon lacks the given names', () => {
  const got = speakers([
    'The dispute between the parents, Kojo and Abena Boateng, and the council of Marlow Vale has deepened.',
    '"They owe us a straight answer," Mr. Boateng said on Sunday.',
    'Ms. Boateng said she could hardly talk about her son, Yaw Boateng, without weeping.',
    '"We will keep asking," Mr. Boateng said.',
  ]);
  expect(got.get('They owe us a straight answer')).toBe('Kojo Boateng');
  expect(got.get('We will keep asking')).toBe('Kojo Boateng');
});

it('gives "Mr. X" to no son named in passing when the father named jointly has a given name no list knows', () => {
  const got = speakers([
    'The dispute between the parents, Zorvan and Abena Boateng, and the council of Marlow Vale has deepened.',
    '"They owe us a straight answer," Mr. Boateng said on Sunday.',
    'Ms. Boateng said she could hardly talk about her son, Yaw Boateng, without weeping.',
    '"We will keep asking," Mr. Boateng said.',
  ]);
  expect(got.get('They owe us a straight answer')).not.toBe('Yaw Boateng');
  expect(got.get('We will keep asking')).not.toBe('Yaw Boateng');
});

it('still gives "Mr. X" to the son when he alone of his sex bears the surname', () => {
  const got = speakers([
    'Abena Boateng has run the bakery on Kell Street for years.',
    'Her son, Yaw Boateng, took it over in May.',
    '"The ovens are older than I am," Mr. Boateng said.',
  ]);
  expect(got.get('The ovens are older than I am')).toBe('Yaw Boateng');
});

it('still gives "Mr. X" to a husband brought in as "her former husband" after his wife, whose name no list knows', () => {
  const got = speakers([
    'Liesje Vonk and her former husband, Gerrit Vonk, are fighting over the boat.',
    'Mr. Vonk told the court that Ms. Vonk had "never paid for fuel" in ten years.',
  ]);
  expect(got.get('never paid for fuel')).toBe('Gerrit Vonk');
});

it('files no joint holder for a capitalised word after a preposition ("NAME of PLACE and NAME2")', async () => {
  const { scanNameMentions } = await import('../src/quotes/name-mentions.ts');
  const names = scanNameMentions(['Spokespeople for the clubs, Gina Farr of Halton and Pete Oduya of Merrow, spoke after the match.']).map((m) => m.name);
  expect(names).not.toContain('Halton Oduya');
  const got = speakers(['Spokespeople for the clubs, Gina Farr of Halton and Pete Oduya of Merrow, spoke after the match.', '"Our players were provoked," said Oduya.']);
  expect(got.get('Our players were provoked')).toBe('Pete Oduya');
});
