import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a person set off as "a member of House Commission I" (a legislature's
// commission) urges something, then "the opposition lawmaker said" in the same paragraph: a member of a
// legislature is a lawmaker, so the description is that person.
const urged = (name: string, role = 'a member of House Commission I, which oversees defence,'): string =>
  `${name}, ${role} urged the government to summon the envoy. "Being polite is not the same as being neutral," the opposition lawmaker said.`;

describe('"NAME, a member of House Commission I, ... urged ..." then "the opposition lawmaker said"', () => {
  it('is the member', () => {
    expect(speakerOf([urged('Ninh Thi Hoa')], 'Being polite')).toBe('Ninh Thi Hoa');
    expect(speakerOf(['Tomas Ekberg, the trade minister, said the deal was sound.', urged('Ivo Lund')], 'Being polite')).toBe('Ivo Lund');
  });

  it('not a member of a body that is no legislature', () => {
    expect(speakerOf([urged('Ivo Lund', 'a member of the Harbour Rowing Club,')], 'Being polite')).not.toBe('Ivo Lund');
  });
});
