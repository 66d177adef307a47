import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote's opening words and the speaker credited with it, over one or more documents. */
function speakers(...docs: string[][]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(...docs.map((paras, i) => doc(`d${i}`, '2026-05-01', paras))));
  return new Map(quotes.map((q) => [q.quote.split(/\s+/u).slice(0, 3).join(' '), q.speaker]));
}

it('does not join two reports\' embassies because each was later "the embassy"', () => {
  const got = speakers(
    [
      'Talks on the river border ended without a deal on Friday.',
      'The Morvan embassy in Tessaly said it "regrets the remarks." In a statement, the embassy said talks "will resume in autumn."',
    ],
    [
      'The Pellan embassy in Drost rejected the criticism. "Pellan decides for itself," the embassy said.',
    ],
  );
  expect(got.get('Pellan decides for')).not.toMatch(/Morvan/u);
});

it('does not give "the foreign minister" to a prime minister named beside her', () => {
  const got = speakers([
    'Prime Minister Anders Holm of Vestria met his neighbour on Tuesday.',
    '"We will not move first," Holm said. He was flanked by his foreign minister, Greta Lind. "Nothing has changed," the foreign minister said.',
  ]);
  expect(got.get('We will not')).toBe('Anders Holm');
  expect(got.get('Nothing has changed')).not.toBe('Anders Holm');
});

it('gives "The embassy of X in Y said" to the embassy, not to the place it sits in', () => {
  const got = speakers([
    'The two presidents met on the island on Sunday.',
    'The embassy of Norvia in Castel said the meeting was "a turning point."',
  ]);
  expect(got.get('a turning point.')).not.toBe('Castel');
  expect(got.get('a turning point.')).toMatch(/embassy/u);
});

it('credits no one with a bare surname the text said two unrelated people bear', () => {
  const got = speakers([
    'President Ilka Morne of Tessary arrived first and was greeted by Chancellor Rolf Eider.',
    '"It is good to be here," Ilka Morne said.',
    "The chancellor's interior minister, Jonas Morne, is no relation to the president. \"We have much to do,\" the minister said as he went in.",
    'Outside, a few hundred protesters waved flags and sang.',
    'At the closing news conference, Morne said: "We agreed on more than we hoped."',
  ]);
  expect(got.get('We agreed on')).toBeNull();
});

it('gives words "X said Y had answered him:" quotes to Y, who answered', () => {
  const got = speakers([
    'Foreign Minister Lev Aranov met President Dmitri Koska on Friday.',
    'Aranov said Koska had answered him: "The river is ours too."',
  ]);
  expect(got.get('The river is')).toMatch(/Koska$/u);
});

it('still reads a titled surname of two unrelated namesakes the ordinary way', () => {
  const got = speakers([
    'President Ilka Morne of Tessary arrived first and was greeted by Chancellor Rolf Eider.',
    '"It is good to be here," Ilka Morne said.',
    "The chancellor's interior minister, Jonas Morne, is no relation to the president. \"We have much to do,\" the minister said as he went in.",
    'Outside, a few hundred protesters waved flags and sang.',
    'At the closing news conference, Mr. Morne said: "We agreed on more than we hoped."',
  ]);
  expect(got.get('We agreed on')).toMatch(/Morne$/u);
});
