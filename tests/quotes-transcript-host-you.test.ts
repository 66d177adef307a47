import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

function quotesOf(paragraphs: string[]): ReturnType<typeof extractQuotes>['quotes'] {
  return extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes;
}

const programme = [
  'MARA OLSEN, HOST: Good evening. The ferry strike in Vessby is in its third week. Our reporter Per Dahl is at the port. Per?',
  'PER DAHL: Mara, the quay is empty and the ticket office is shut.',
  'OLSEN: Thanks, Per. I am joined now by the economist Ingrid Sorby. Ingrid, welcome.',
  'INGRID SORBY: Thank you, Mara.',
  'OLSEN: You\'ve called this strike, quote, "a quarrel nobody can afford." Is that still how you see it?',
  'SORBY: I think so. The airlines are the only winners.',
  'OLSEN: And you once said, "the ferry is the town\'s heart." Still true?',
  'DAHL: Mara, if I may, the workers are gathering again.',
];

it('gives a host\'s "you called it, quote, "..."" to the guest whose turns stand before and after it', () => {
  const q = quotesOf(programme).find((x) => x.quote.includes('a quarrel nobody can afford'));
  expect(q?.speaker).toBe('Ingrid Sorby');
});

it('gives it to no one when the turns around it are not one other speaker\'s', () => {
  const q = quotesOf(programme).find((x) => x.quote.includes("the ferry is the town's heart"));
  expect(q?.speaker ?? null).not.toBe('Ingrid Sorby');
  expect(q?.speaker ?? null).not.toBe('Mara Olsen');
});
