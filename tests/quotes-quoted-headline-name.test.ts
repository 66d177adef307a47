import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a headline quoted whole in Title Case holds a surname of the text; its
// capitalised words are a title, not that person's full name, and "Mr. Surname" is not expanded to them.
describe('a headline quoted whole is no full name', () => {
  it("`(''Francesco Rebukes Tamber,'' declared a paper)` does not make 'Mr. Tamber' into 'Francesco Rebukes Tamber'", () => {
    const paras = [
      "When the bishop said Mr. Tamber ''is not a believer,'' he served up red meat for headline writers (''Francesco Rebukes Tamber,'' declared La Voce in Italy).",
      "Mr. Tamber said: ''He should not judge me.''",
    ];
    expect(speakerOf(paras, 'should not judge me')).not.toBe('Francesco Rebukes Tamber');
  });
  it('the same in curly marks', () => {
    const paras = [
      'When the bishop said Mr. Tamber “is not a believer,” he served up red meat for headline writers (“Francesco Rebukes Tamber,” declared La Voce in Italy).',
      'Mr. Tamber said: “He should not judge me.”',
    ];
    expect(speakerOf(paras, 'should not judge me')).not.toBe('Francesco Rebukes Tamber');
  });
  it('a full name in the body is still used', () => {
    const paras = ['Hal Tamber spoke to the press. “Francesco Rebukes Tamber,” declared La Voce.', 'Mr. Tamber said: “He should not judge me.”'];
    expect(speakerOf(paras, 'should not judge me')).toBe('Hal Tamber');
  });
});
