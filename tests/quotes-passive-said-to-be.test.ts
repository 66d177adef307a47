import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences and names written for this test.

function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('d1', '2024-05-02', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote holds "${contains}"`);
  return q.speaker;
}

describe('the subject of "is said to be" is talked about, not speaking', () => {
  it('"The minister is said to be "livid", according to colleagues" is not the minister\'s word', () => {
    expect(speakerOf(['The minister is said to be "livid" about the leak, according to colleagues.'], 'livid')).toBeNull();
  });

  it('a named subject of "was reported to be" neither', () => {
    expect(speakerOf(['Senator Ada Roe was reported to be "furious" with her staff.'], 'furious')).toBeNull();
  });

  it('an active "said" still credits its subject', () => {
    expect(speakerOf(['Senator Ada Roe said she was "furious" with her staff.'], 'furious')).toBe('Ada Roe');
  });
});
