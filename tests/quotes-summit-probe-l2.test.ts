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
