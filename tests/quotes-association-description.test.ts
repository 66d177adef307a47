import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

function speakers(paras: string[]): { get(start: string): string | null | undefined } {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2024-02-01', paras)));
  return { get: (start) => quotes.find((q) => q.quote.startsWith(start))?.speaker };
}

it('reads "the association" as the association just named', () => {
  const got = speakers([
    'The Nordic Grain Trade Association, an industry group in Oslo, told its members in a note that each cargo would be "subject to checks by most banks." The association added that members should "document every shipment."',
  ]);
  expect(got.get('document every shipment')).toMatch(/Nordic Grain Trade Association/u);
});
