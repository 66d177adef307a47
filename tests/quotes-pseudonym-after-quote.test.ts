import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): a witness given a pseudonym in the credit after the quote.
describe('"...," recalled a former NOUN who used the pseudonym NAME.', () => {
  it('credits the pseudonym, hyphenated or not', () => {
    expect(speakerOf(['"In spring the nets rotted," recalled a former fisherman who used the pseudonym Tae-ho.'], 'In spring the nets rotted')).toBe('Tae-ho');
    expect(speakerOf(['"The wells ran dry in June," said a farmer who asked to be identified only as Oumar.'], 'The wells ran dry')).toBe('Oumar');
  });
  it('not a relative clause that names someone else', () => {
    expect(speakerOf(['"The wells ran dry in June," said a farmer who worked for Oumar.'], 'The wells ran dry')).not.toBe('Oumar');
  });
});
