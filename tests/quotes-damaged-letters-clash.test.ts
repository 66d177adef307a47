import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Sentences written for these tests (invented people and places), their names written with the encoding damage
// of a UTF-8 text read back as Latin-1: "Ã¶" for "ö", "Ã¼" for "ü". Read as letters of the same length, the
// two damaged names would read alike ("Jǝǝrg"), one person to every name reader.

describe('two names whose damage reads alike are told apart', () => {
  it('"JÃ¶rg" and "JÃ¼rg", brothers: each given name speaks for its own bearer', () => {
    const got = speakersByQuote([
      'J\u00c3\u00b6rg Tessel and J\u00c3\u00bcrg Tessel are brothers who keep the mill at Aubrach.',
      '"We have not lost a sack in ten years," J\u00c3\u00bcrg said.',
      '"Except in the flood," J\u00c3\u00b6rg said.',
    ]);
    expect(got.get('We have not lost a sack in ten years')).toBe('J\u00c3\u00bcrg Tessel');
    expect(got.get('Except in the flood')).toBe('J\u00c3\u00b6rg Tessel');
  });

  it('"MÃ¼llek" and "MÃ¶llek", two surnames: the bare surname goes to its own bearer', () => {
    const got = speakersByQuote([
      'Ada M\u00c3\u00bcllek, a chemist, and Per M\u00c3\u00b6llek, a banker, spoke at the meeting in Aubrach.',
      '"The canal is cleaner," M\u00c3\u00b6llek said.',
      '"Not clean enough," said M\u00c3\u00bcllek.',
    ]);
    expect(got.get('The canal is cleaner')).toBe('Per M\u00c3\u00b6llek');
    expect(got.get('Not clean enough')).toBe('Ada M\u00c3\u00bcllek');
  });
});
