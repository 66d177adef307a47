import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote and the speaker credited with it. */
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return new Map(quotes.map((q) => [q.quote.replace(/[.,]$/u, ''), q.speaker]));
}

it('credits no one with the words of a paper in "-ment" ("the announcement said"), which is no agent noun', () => {
  const got = speakers([
    '"Grants will reopen in June," the announcement said.',
    '"The quarry is to close," the document said.',
    '"Both firms will share the road," the agreement says.',
  ]);
  expect(got.get('Grants will reopen in June')).toBeNull();
  expect(got.get('The quarry is to close')).toBeNull();
  expect(got.get('Both firms will share the road')).toBeNull();
});

it('still reads a group in "-ment" and a person noun in "-ent" as described speakers', () => {
  expect(parseSubjectPhrase('the management')).toMatchObject({ type: 'description', head: 'management' });
  expect(parseSubjectPhrase('the resident')).toMatchObject({ type: 'description', head: 'resident' });
  expect(parseSubjectPhrase('the statement')).toMatchObject({ type: 'description', head: 'statement' });
});
