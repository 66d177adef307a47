import { describe, expect, it } from 'vitest';
import { calledAsVerb } from '../src/quotes/given-name-clause.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: one described and then said to be "called"
// by a single name no list of given names knows, with a pronoun telling the sex.
describe('"His companion ... was called NAME, and he ..."', () => {
  it('reads the name and the sex the pronoun tells', () => {
    expect(calledAsVerb('His companion, who would not give me his surname, was called Tolya, and he drove a lorry for the port.')).toEqual({ name: 'Tolya', gender: 'm', description: 'His companion' });
    expect(calledAsVerb('The ferry was called Marta.')).toBeNull();
  });
  it('the one so named is the subject a later "he said" after "NAME rolled his eyes" means', () => {
    const got = speakersByQuote([
      'Two men were arguing at the bar. One was Gregor Alm, a retired customs inspector. His companion, who would not give me his surname, was called Tolya, and he drove a lorry for the port.',
      'When I asked Alm what he had seen at the border, he put down his fork. "Nothing," he said.',
      'Tolya rolled his eyes. "He has been waiting for something since 1991," he said.',
    ]);
    expect(got.get('Nothing')).toBe('Gregor Alm');
    expect(got.get('He has been waiting for something since 1991')).toBe('Tolya');
  });
});
