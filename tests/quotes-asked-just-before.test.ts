import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for this test: the writer asks someone named a question, the main clause's pronoun reacts,
// and the next sentence's quote is credited to the same pronoun: the one asked answers.
describe('the one asked in the sentence before', () => {
  it('"When I ask chef NAME why ..., she laughs. \'...,\' she says." is the chef', () => {
    const paras = ['The restaurant opened in June.', 'When I ask chef Ada Pell why she left the city, she laughs. ‘The rent was a joke,’ she says.'];
    expect(speakerOf(paras, 'rent was a joke')).toBe('Ada Pell');
  });
  it('not when the pronoun differs from the one who reacted', () => {
    const paras = ['When I ask chef Ada Pell why she left the city, she laughs. ‘The rent was a joke,’ he says.'];
    expect(speakerOf(paras, 'rent was a joke')).not.toBe('Ada Pell');
  });
});
