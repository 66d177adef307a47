import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented people, board and race.
function speakerOf(paragraphs: string[], words: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes.find((x) => x.quote.includes(words));
  return q?.speaker ?? null;
}

it('does not credit the name closing a relative clause on the opening description', () => {
  const text = ['The audit of the Vessby harbour board was published on Monday.', 'The report that the board sent to Mayor Orla Quenby said: "Controls were absent throughout."'];
  expect(speakerOf(text, 'Controls were absent throughout')).not.toBe('Orla Quenby');
});

it('still credits a name set off right before the verb after such a clause', () => {
  const text = ['The man who won the Vessby race, Tavo Rennick, said: "It was easy."'];
  expect(speakerOf(text, 'It was easy')).toBe('Tavo Rennick');
});

it('still credits the described one before a relative clause ending in a verb', () => {
  const text = ['A nurse who worked in Vessby said: "It was hard."'];
  expect(speakerOf(text, 'It was hard')).toBe('a nurse');
});
