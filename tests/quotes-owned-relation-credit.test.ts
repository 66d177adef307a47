import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: '"...," his wife said' right after the man
// the text brought in together with his wife ("NAME and his wife, NAME2", "SURNAME's wife, NAME2").
describe('"his wife said" after the man named with his wife', () => {
  it('"Pavel Rudov and his wife, Olga Rudova, run ..." then his turn, then "his wife said, laughing"', () => {
    const got = speakersByQuote([
      'In Tarnow, Pavel Rudov and his wife, Olga Rudova, run a workshop that repairs radios.',
      '"The shells will land here, on our street," Rudova said.',
      'Her husband was calmer. "We have survived worse," Rudov said.',
      '"He always says that," his wife said, laughing.',
    ]);
    expect(got.get('We have survived worse')).toBe('Pavel Rudov');
    expect(got.get('He always says that')).toBe('Olga Rudova');
  });
  it('"Rudov\'s wife, Olga Rudova, ..." (the owner by his surname)', () => {
    const got = speakersByQuote([
      'Pavel Rudov repairs radios in Tarnow. Rudov\'s wife, Olga Rudova, keeps the books.',
      '"We have survived worse," Rudov said.',
      '"He always says that," his wife said.',
    ]);
    expect(got.get('He always says that')).toBe('Olga Rudova');
  });
  it('not another man\'s wife: the one brought in as the wife of someone else stays unnamed', () => {
    const got = speakersByQuote([
      'Ivan Tesk and his wife, Olga Tesk, run a bakery next door.',
      'Pavel Rudov repairs radios in Tarnow. "We have survived worse," Rudov said.',
      '"He always says that," his wife said.',
    ]);
    expect(got.get('He always says that')).not.toBe('Olga Tesk');
  });
});
