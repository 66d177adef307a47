import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Paragraphs written for these tests (invented people, parties and places): a sentence of reported speech whose
// subject, a full name, has a description set off by commas holding a capitalised word and a "who" clause, then a
// bare full-sentence quote.

describe('a full name before a description set off by commas is the subject of the verb of saying after it', () => {
  it("'NAME, a nominal Whig who voted for two Tories, said ...' then a bare quote: the name's", () => {
    const got = speakersByQuote(['Parker Lundell, a nominal Whig who voted for two Tories, said the choice was clear. "There is only one candidate for me in this county."']);
    expect(got.get('There is only one candidate for me in this county')).toBe('Parker Lundell');
  });

  it('with an age before the name and a colon closing the paragraph before', () => {
    const got = speakersByQuote(['81-year-old Parker Lundell, a nominal Whig who voted for two Tories, said that, looking over the contenders of both camps:', '"There is only one candidate for me in this county."']);
    expect(got.get('There is only one candidate for me in this county')).toBe('Parker Lundell');
  });

  it('with full names of others inside a "who" clause of the description', () => {
    const got = speakersByQuote(['81-year-old Parker Lundell, a nominal Whig who voted for Edda Marsh and Tomas Brill, said that, looking over the contenders of both camps:', '"There is only one candidate for me in this county."']);
    expect(got.get('There is only one candidate for me in this county')).toBe('Parker Lundell');
  });
});
