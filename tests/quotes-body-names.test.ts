import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { bodyNames } from '../src/quotes/body-names.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote's words and the kind of speaker credited with it. */
function kinds(paras: string[]): Map<string, string | null> {
  const { quotes, speakers } = extractQuotes(passagesOf(doc('p', '2024-02-01', paras)));
  const byId = new Map(speakers.map((s) => [s.id, s]));
  return new Map(quotes.map((q) => [q.quote, q.speakerId ? `${q.speaker} (${byId.get(q.speakerId)?.kind})` : null]));
}

it('reads the names a text describes as a charity, a firm or another body', () => {
  expect(bodyNames(['Harbour Hope, a local charity, said the closure was unfair.'])).toContain('harbourhope');
  expect(bodyNames(['The charity Harbour Light said the plan was cruel.'])).toContain('harbourlight');
  expect(bodyNames(['Brask Morrow, the firm that built the quay, said the delay was regrettable.'])).toContain('braskmorrow');
  // A person who works for a body, founded one or runs one is no body.
  expect(bodyNames(['Jane Roe, a lawyer who founded a charity, spoke.'])).toEqual(new Set());
  expect(bodyNames(['Maria Hope, a trustee of the charity, spoke.'])).toEqual(new Set());
  expect(bodyNames(['The charity Jane Roe runs said it would appeal.'])).toEqual(new Set());
  expect(bodyNames(['Jane Roe, the charity boss, spoke.'])).toEqual(new Set());
});

it('credits a body the text names as such as an organisation, and its people as people', () => {
  const got = kinds([
    'Harbour Hope, a local charity, said the closure was "a blow to families."',
    'Later, Harbour Hope said it would "fight on."',
    'Maria Hope, a trustee of the charity, said it was "a disgrace."',
  ]);
  expect(got.get('a blow to families.')).toBe('Harbour Hope (organisation)');
  expect(got.get('fight on.')).toBe('Harbour Hope (organisation)');
  expect(got.get('a disgrace.')).toBe('Maria Hope (person)');
});
