import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a bare surname a sister and a brother bear, opening a sentence, then "she": the sister', () => {
  const opening = [
    'Han Ye-rin watched the news on a phone in her small flat in Busan.',
    'She left the North in 2015 with her younger brother, Han Tae-oh.',
    '"It is the same show every year," Han Tae-oh said.',
    'A counsellor, Mira Stone, said many families felt the same. "They call me all night," Stone said.',
  ];
  it('"Han is not interested. Asked ..., she laughed. "...," she said." credits the sister', () => {
    const paras = [...opening, 'Han is not interested in politics. Asked what she would tell the leaders, she laughed. "Go home and stay there," she said.'];
    expect(speakerOf(paras, 'Go home and stay there')).toBe('Han Ye-rin');
  });
  it('but not when another woman is named between the surname and the pronoun', () => {
    const paras = [...opening, 'Han is not interested in politics. Her friend Lena Ortiz laughed. "Go home and stay there," she said.'];
    expect(speakerOf(paras, 'Go home and stay there')).not.toBe('Han Ye-rin');
  });
});
