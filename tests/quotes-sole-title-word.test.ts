import { expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests (invented): a title or a noun of a person's work alone opening a sentence of
// badly edited copy ("Chancellor said", "Treasurer said") is no one's name; unless the text writes the word as a
// name inside a sentence ("goes by the call sign Rook").
const get = (paras: string[], start: string): { speaker?: string | null; kind?: string } => quoteOpeningWith(paras).get(start);

it('reads no speaker named "Chancellor", "Minister", "Treasurer" or "Coach"', () => {
  for (const title of ['Chancellor', 'Minister', 'Treasurer', 'Coach']) {
    const q = get(['The budget was cut again on Friday.', `${title} said the cuts were "painful but needed".`], 'painful');
    expect(q.kind === 'person' && q.speaker === title).toBe(false);
    const after = get(['The budget was cut again on Friday.', `"The cuts are painful," ${title} said.`], 'The cuts');
    expect(after.kind === 'person' && after.speaker === title).toBe(false);
  }
});

it('keeps the holder a title goes on with, and a word the text writes as a name', () => {
  expect(get(['Coach Ivo Berg watched from the bench.', '"Not ready yet," Berg said.'], 'Not ready').speaker).toContain('Ivo Berg');
  expect(get(['"Let them come," said the gunner, a former teacher who goes by the call sign Skipper.', '"We are still here," Skipper said.'], 'We are still').speaker).toBe('Skipper');
});

it('reads "Coach" alone as a title though the text names "Coach Ivo Berg" later', () => {
  const q = get(['Coach said the team was "not ready". Coach Ivo Berg agreed.'], 'not ready');
  expect(q.kind === 'person' && q.speaker === 'Coach').toBe(false);
});
