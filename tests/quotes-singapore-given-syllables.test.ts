import { describe, it, expect } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { givenBeforeFamilyName, nameWords } from '../src/quotes/names.ts';

// Passages written for these tests: an English given name before a Chinese name written family name first, its
// given name as two separate syllables ("Gordon Goh Jun Hao", as Singapore writes it), files its bearer under the
// second word, which a later "Mr Goh" means; a four-word English name is not read so.
describe('an English given name before a family name and two given-name syllables', () => {
  it('reads the second word as the family name only for pinyin syllables after a listed family name', () => {
    expect(givenBeforeFamilyName(nameWords('Gordon Goh Jun Hao'))).toBe(true);
    expect(givenBeforeFamilyName(nameWords('Felicia Tan Wei Ling'))).toBe(true);
    expect(givenBeforeFamilyName(nameWords('Mary Lee Ann Smith'))).toBe(false);
    expect(givenBeforeFamilyName(nameWords('Peter Paul Rubens Hall'))).toBe(false);
  });
  it('"Mr Goh" later is the man named so in full, not a new speaker', () => {
    const q = speakersByQuote([
      '"The port is busier than it looks," said Associate Professor Gordon Goh Jun Hao of Marlow University, who studies shipping.',
      'Mr Goh said the tonnage figures were misleading. "Half of those ships never dock," he said.',
      'Ms Goh Mei Ling, a customs broker in Halvern, said her clients were calm. "Nobody has called me yet," Ms Goh said.',
    ]);
    expect(q.get('Half of those ships never dock')).toBe('Gordon Goh Jun Hao');
    expect(q.get('Nobody has called me yet')).toBe('Goh Mei Ling');
  });
  it('"Prof Goh" after a second Goh is the one named with the professor\'s title', () => {
    const q = speakersByQuote([
      '"The port is busier than it looks," said Associate Professor Gordon Goh Jun Hao of Marlow University, who studies shipping.',
      'Ms Goh Mei Ling, a customs broker in Halvern, said her clients were calm. "Nobody has called me yet," Ms Goh said.',
      'She is not related to Prof Goh. Asked about the rumours, she said: "I hear them too."',
      'Mr Oskar Lau, the harbour master, said the berths were full. "We turn ships away every week," he said.',
      'Prof Goh, reacting to the figures, said the word "record" was aimed at investors. "The tonnage will tell us soon enough," he said.',
    ]);
    expect(q.get('The tonnage will tell us soon enough')).toBe('Gordon Goh Jun Hao');
  });
});
