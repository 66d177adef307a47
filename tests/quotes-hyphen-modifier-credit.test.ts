import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and bodies): a description credited after the quote whose
// modifier is two words joined by a hyphen, the first an adverb ("well-connected", "long-serving").
describe('a hyphenated modifier in a description credited after the quote', () => {
  it('"...," said one well-connected lawyer. is the lawyer', () => {
    expect(speakerOf(['The harbour vote is set for May.', '"The plan is late," said one well-connected lawyer.'], 'The plan is late')).toBe('one well-connected lawyer');
  });

  it('keeps what the one described knows and the aside after it', () => {
    const paras = ['The Linden ferry board meets on Friday.', '"If the board waits, the ferries stop," said one well-connected lawyer familiar with the talks, who asked not to be named.'];
    expect(speakerOf(paras, 'If the board waits')).toBe('one well-connected lawyer familiar with the talks');
  });

  it('an adverb and a participle: "said a long-serving aide to the mayor"', () => {
    expect(speakerOf(['Mara Olsen spoke on Monday.', '"We are not done," said a long-serving aide to the mayor.'], 'We are not done')).toBe('a long-serving aide to the mayor');
  });
});
