import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a lowercase role opening the sentence before a name and that name's firm and
// city ("Currency strategist NAME of FIRM in CITY wrote") leaves the name the subject, not the city.
describe('a role before a name and its affiliations', () => {
  it('`Currency strategist Lev Torin of Harrow Macro in Oslo wrote ... "..."` is Torin\'s', () => {
    const paras = ['Currency strategist Lev Torin of Harrow Macro in Oslo wrote in a client memo that the slide looked like “a blip, not a trend.”'];
    expect(speakerOf(paras, 'a blip, not')).toBe('Lev Torin');
  });
  it('`Senior analyst Mara Olsen of Tarn Capital in Bergen said "..."` is Olsen\'s', () => {
    const paras = ['Senior analyst Mara Olsen of Tarn Capital in Bergen said the rally was “overdone.”'];
    expect(speakerOf(paras, 'overdone')).toBe('Mara Olsen');
  });
});
