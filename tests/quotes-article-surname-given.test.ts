import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented people and places).

describe('a bare word one person bears as given name and another as surname behind "al-"', () => {
  it('"NAME Saleh and Yusuf al-NAME ... NAME said": never the one whose given name it is', () => {
    const got = speakerOf([
      'Nadim Saleh, a farmer, and Yusuf al-Nadim, a lawyer, met at the fair in Varosa.',
      '"The rains came late," Nadim said.',
    ], 'The rains came late');
    expect(got).not.toBe('Nadim Saleh');
  });

  it('still: beside "el-NAME" alone, the bare word is that surname', () => {
    const got = speakerOf([
      'Yusuf el-Nadim, a lawyer, spoke at the fair in Varosa.',
      '"The rains came late," Nadim said.',
    ], 'The rains came late');
    expect(got).toBe('Yusuf el-Nadim');
  });

  it('still: a given name with no one of that surname is its bearer', () => {
    const got = speakerOf([
      'Nadim Saleh, a farmer, and Yusuf al-Hakim, a lawyer, met at the fair in Varosa.',
      '"The rains came late," Nadim said.',
    ], 'The rains came late');
    expect(got).toBe('Nadim Saleh');
  });
});
