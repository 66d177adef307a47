import { describe, expect, it } from 'vitest';
import { normalizeTerm, subjectTerms } from '../src/text/terms.ts';

const t = (w: string): string => normalizeTerm(w)!;

describe('subjectTerms and names of several words', () => {
  it("leaves out a name's later words with its first after a preposition", () => {
    const s = subjectTerms('Trade among New Zealand, Chile and Peru appears to be slowing.');
    expect(s.has(t('new'))).toBe(false);
    expect(s.has(t('zealand'))).toBe(false);
    expect(s.has(t('trade'))).toBe(true);
  });

  it('still reads a name of several words standing as the subject', () => {
    const s = subjectTerms('New Zealand has been seeking closer ties with Chile.');
    expect(s.has(t('zealand'))).toBe(true);
    expect(s.has(t('chile'))).toBe(false);
    // A capitalised word after a comma starts a new name.
    expect(subjectTerms('Ties with Peru, Chile signed the deal.').has(t('chile'))).toBe(true);
  });
});
