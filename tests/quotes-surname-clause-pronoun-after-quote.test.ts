import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads the pronoun of a clause hung on a bare surname after the quote as that surname’s sex', () => {
  const got = speakers([
    'Magistrate Ursula Oakes stood aside from the case of her nephew, Declan Oakes, on Monday.',
    '"I have nothing to add," Oakes told the crowd outside, before he drove away.',
  ]);
  expect(got.get('I have nothing to add')).toBe('Declan Oakes');
});

it('keeps the woman the text is about when the clause’s pronoun is hers', () => {
  const got = speakers([
    'Magistrate Ursula Oakes stood aside from the case of her nephew, Declan Oakes, on Monday.',
    '"I have nothing to add," Oakes told the crowd outside, before she drove away.',
  ]);
  expect(got.get('I have nothing to add')).toBe('Ursula Oakes');
});
