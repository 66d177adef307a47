import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences written for this test, in the style of a wire translated from French ("par la voix de").
function speakerOf(paras: string[], start: string): string | null | undefined {
  const { quotes } = extractQuotes(passagesOf(doc('wire', '2024-03-01', paras)));
  return quotes.find((q) => q.quote.startsWith(start))?.speaker;
}

it('a government speaking "through the voice of" its spokesman: the spokesman speaks', () => {
  expect(speakerOf(['«We regret this choice», answered Ottawa, through the voice of foreign ministry spokesman Paul Levesque, on Monday.'], 'We regret')).toBe('Paul Levesque');
  expect(speakerOf(['Madrid reacted through the voice of its spokeswoman, Carmen Ortega, who called the vote «a mistake».'], 'a mistake')).not.toBe('Madrid');
});

it('not when the voice is no person\'s name', () => {
  expect(speakerOf(['«We regret this choice», answered Ottawa, through the voice of its embassy.'], 'We regret')).toBe('Ottawa');
});
