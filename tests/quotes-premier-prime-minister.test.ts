import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented people, town and palace.
function speakerOf(paras: string[], words: string): string | null | undefined {
  return extractQuotes(passagesOf(doc('t', '2024-05-02', paras))).quotes.find((x) => x.quote.includes(words))?.speaker;
}

const opening = (title: string): string => `TARVEN, May 3 - ${title} Elsa Morandi on Thursday said the meeting between Boris Kellan and Arno Vitt at the cosmodrome was "a threat to all of us".`;
const next = '"When a country goes shopping for shells, we cannot look away," the premier told reporters at Palazzo Vello after a cabinet meeting.';

it('gives "the premier" to the one the text titled Prime Minister', () => {
  expect(speakerOf([opening('Prime Minister'), next], 'shopping for shells')).toBe('Elsa Morandi');
});

it('does not give "the premier" to another minister', () => {
  expect(speakerOf([opening('Foreign Minister'), next], 'shopping for shells')).not.toBe('Elsa Morandi');
});
