import { describe, expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests (invented outlets, bodies and places): "the article" / "the report" as the subject
// of a verb of saying, right after a sentence that brought in "an article ... by OUTLET", speaks in that outlet's
// words; with no author after "by", or another document noun, no one is read so.
describe('a definite document the sentence before brought in with its author', () => {
  it('"An article ... by the OUTLET claimed .... The article also said ... "..."" is the outlet\'s', () => {
    const got = quoteOpeningWith([
      'An article published on Wednesday by the Dorsk-based Harbor Ledger claimed that the summit marked "the birth of a new axis." The article also said Marnland "stands to gain the most" from a longer war.',
    ]);
    expect(got.get('stands to gain the most').speaker).toMatch(/Harbor Ledger/u);
    expect(got.get('stands to gain the most').kind).toBe('organisation');
  });

  it('so with "A report by BODY said .... The report also said ..."', () => {
    const got = quoteOpeningWith([
      'A report by the Coastal Freight Council said the new quays were "nearly finished." The report also said the dredging was "behind schedule."',
    ]);
    expect(got.get('behind schedule').speaker).toMatch(/Coastal Freight Council/u);
  });

  it('no author from a sentence that names none after "by"', () => {
    const got = quoteOpeningWith([
      'An article published on Wednesday claimed that the summit marked "the birth of a new axis." The article also said Marnland "stands to gain the most" from a longer war.',
    ]);
    expect(got.get('stands to gain the most').speaker ?? null).toBeNull();
  });
});
