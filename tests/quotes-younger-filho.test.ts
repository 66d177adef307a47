import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented people.
it('gives "the younger SURNAME" to the son of one name written with "Filho" after it', () => {
  const paras = [
    'Opposition deputy Tomas Varga, a former ambassador, called the response "timid".',
    '"Silence is also a position," Varga said in a speech.',
    'His son, Tomas Varga Filho, a political scientist, was more measured. "Neutrality is what is left," Varga Filho said.',
    'The younger Varga added that the government was "right to be cautious".',
  ];
  const q = extractQuotes(passagesOf(doc('t', '2024-05-02', paras))).quotes.find((x) => x.quote.includes('right to be cautious'));
  expect(q?.speaker).toBe('Tomas Varga Filho');
});
