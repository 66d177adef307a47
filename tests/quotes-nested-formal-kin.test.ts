import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,?]$/u, ''), q.speaker]));
}

it('writes a parent the speaker calls "my mom" or "my dad" as the report would, "NAME\'s mother"', () => {
  const got = speakers([
    'Jonas Ekdal, 19, a first-year student from Tromso, said his parents rang him that night. "My dad asked, \'Are you safe?\' and I said yes," Ekdal said.',
    '"My grandma said, \'Come home,\' but I stayed," he said.',
  ]);
  expect(got.get('Are you safe')).toBe("Jonas Ekdal's father");
  expect(got.get('Come home')).toBe("Jonas Ekdal's grandmother");
});
