import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { kinSetOffAfter } from '../src/quotes/relation-apart.ts';

// Passages written for these tests, with invented people and places: a namesake brought in with a word of kin set
// off after the name ("NAME, the present governor's father,") is someone's relative, as one brought in after the
// word of kin ("his father, NAME") is; a bare or titled surname later is not read as that relative by mere recency.
const lede = 'The meeting between Varn governor Tomas Halberg and Ostrel mayor Ida Roon at the harbour on Monday has set off concern.';
const envoy = 'Per Lund said the choice was deliberate. "Nobody meets at a harbour by accident," said Mr. Lund.';
const recalled = (who: string): string => `Lund recalled that in 1998 he had watched ${who} open the first port because he distrusted roads. "The son learned from the father," the former envoy said.`;
const last = (credit: string): string => `Ms. Roon, for her part, told local radio that they had discussed "all of it". ${credit} called the talks a "fresh start".`;

describe('a word of kin set off after a namesake', () => {
  it('"Mr. Halberg" is not the father set off as "the present governor\'s father" (no one rather than a guess)', () => {
    const got = speakersByQuote([lede, envoy, recalled("Anders Halberg, the present governor's father,"), last('Mr. Halberg')]);
    expect(got.get('fresh start')).not.toBe('Anders Halberg');
  });
  it('an untitled bare "Halberg" stays with the one the text is about', () => {
    const got = speakersByQuote([lede, envoy, recalled("Anders Halberg, the present governor's father,"), last('Halberg')]);
    expect(got.get('fresh start')).toBe('Tomas Halberg');
  });
  it('the same with "his father" set off after the name', () => {
    const got = speakersByQuote([lede, envoy, recalled('Anders Halberg, his father,'), last('Halberg')]);
    expect(got.get('fresh start')).toBe('Tomas Halberg');
  });
  it('a family name written first: "Mr. Pak" is not "Pak Sung-il, the present governor\'s father"', () => {
    const got = speakersByQuote([
      'The meeting between Varn governor Pak Chol-ho and Ostrel mayor Ida Roon at the harbour on Monday has set off concern.',
      envoy,
      recalled("Pak Sung-il, the present governor's father,"),
      last('Mr. Pak'),
    ]);
    expect(got.get('fresh start')).not.toBe('Pak Sung-il');
  });
  it('a role that is no kin ("the governor\'s driver") leaves the ordinary reading', () => {
    expect(kinSetOffAfter("He watched Anders Halberg, the governor's driver, open it.", 11, 'Anders Halberg')).toBeUndefined();
    expect(kinSetOffAfter("He watched Anders Halberg, the governor's father's driver, open it.", 11, 'Anders Halberg')).toBeUndefined();
    expect(kinSetOffAfter('He watched Anders Halberg, his father, open it.', 11, 'Anders Halberg')).toBe('m');
    expect(kinSetOffAfter("He watched Anders Halberg, the present governor's father, open it.", 11, 'Anders Halberg')).toBeNull();
  });
});
