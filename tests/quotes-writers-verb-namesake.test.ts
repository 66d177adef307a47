import { expect, it } from 'vitest';
import { surnameWithWritersVerb } from '../src/quotes/writers-verb.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Articles written for these tests, with invented people and places. An analyst is the one the text calls by the
// bare surname; a leader of the same surname is then named in full; then "SURNAME notes that ..." may be either.

const analyst = 'Vell Aranda, an analyst at the Corro Institute in Mestrel, has followed the council for two decades. Aranda has written three books on it.';
const leader = 'At the summit, Tomas Aranda also promised that his council would "stand with the league".';

it('credits no one a writer\'s verb of a bare surname the text called one person by, another of it named since', () => {
  const got = speakersByQuote([analyst, leader, 'Aranda notes that "the promise costs him nothing and buys him time."']);
  expect(got.get('stand with the league')).toBe('Tomas Aranda');
  expect(got.get('the promise costs him nothing and buys him time')).toBeNull();
  const inverted = speakersByQuote([analyst, leader, '"The promise costs him nothing," argues Aranda.']);
  expect(inverted.get('The promise costs him nothing')).toBeNull();
});

it('keeps the ordinary reading for a verb of saying, or once the text has used the bare surname since', () => {
  const said = speakersByQuote([analyst, leader, '"The promise costs him nothing," Aranda said.']);
  expect(said.get('The promise costs him nothing')).toBe('Tomas Aranda');
  const since = speakersByQuote([analyst, `${leader} Aranda then left by train.`, 'Aranda notes that "the promise costs him nothing."']);
  expect(since.get('the promise costs him nothing')).toBe('Tomas Aranda');
});

it('reads a writer\'s verb after a bare surname, an aside or adverb between', () => {
  expect(surnameWithWritersVerb('Aranda notes that the deal is thin.', 'aranda')).toBe(true);
  expect(surnameWithWritersVerb('Aranda, for one, argues that it is.', 'aranda')).toBe(true);
  expect(surnameWithWritersVerb('"It is thin," writes Aranda.', 'aranda')).toBe(true);
  expect(surnameWithWritersVerb('Aranda said the deal was thin.', 'aranda')).toBe(false);
  expect(surnameWithWritersVerb('Arandas notes were lost.', 'aranda')).toBe(false);
});

it('keeps the namesake named as the author of a work, whose verb it is', () => {
  const got = speakersByQuote([
    'I watched the docks twice. Ivo Pell walked Tomas Aranda past the cranes, and Aranda, notebook open, asked questions like a buyer.',
    'Vell Aranda\'s book The Patient Port (2019) takes the argument further. Aranda argues that the council "plays its patrons against each other", and that the league pays anyway.',
  ]);
  expect(got.get('plays its patrons against each other')).toBe('Vell Aranda');
});
