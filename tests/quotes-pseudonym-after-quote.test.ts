import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): a witness given a pseudonym in the credit after the quote.
describe('"...," recalled a former NOUN who used the pseudonym NAME.', () => {
  it('credits the pseudonym, hyphenated or not', () => {
    expect(speakerOf(['"In spring the nets rotted," recalled a former fisherman who used the pseudonym Tae-ho.'], 'In spring the nets rotted')).toBe('Tae-ho');
    expect(speakerOf(['"The wells ran dry in June," said a farmer who asked to be identified only as Oumar.'], 'The wells ran dry')).toBe('Oumar');
  });
  it('the same introductions of a pseudonym as a subject before the quote (STAND_IN_NAME_LEAD): an alias, a name asked for', () => {
    expect(speakerOf(['"The ferry stopped running in March," said a welder who uses the alias Marek.'], 'The ferry stopped running')).toBe('Marek');
    expect(speakerOf(['"The ferry stopped running in March," said a welder who asked to be referred to as Marek.'], 'The ferry stopped running')).toBe('Marek');
    expect(speakerOf(['"The ferry stopped running in March," said a cook who we are calling Ilse.'], 'The ferry stopped running')).toBe('Ilse');
  });
  it('not a relative clause that names someone else', () => {
    expect(speakerOf(['"The wells ran dry in June," said a farmer who worked for Oumar.'], 'The wells ran dry')).not.toBe('Oumar');
  });
});
