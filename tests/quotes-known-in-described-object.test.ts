import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { knownInDescribedObject } from '../src/quotes/known-in-described.ts';

// Passages written for these tests: "known as" right before a quote names a label, unless "known" is the verb of
// a relative clause inside the object of "described ... as", whose "as" it is: then the describer speaks.
describe('"known" in the object of "described ... as"', () => {
  it('`X described the envoys she had known as "..."` is X\'s', () => {
    const paras = ['In a 2009 interview with this paper, Mara Olsen described the envoys she had known as “neither saints nor villains.”'];
    expect(speakerOf(paras, 'saints nor')).toBe('Mara Olsen');
  });
  it('a name something was known by stays a label', () => {
    expect(speakerOf(['Mara Olsen visited the man she had known as “Uncle Bo” for years.'], 'Uncle Bo')).toBeNull();
    expect(speakerOf(['Mara Olsen described the town, long known as “little Tarn,” to the panel.'], 'little Tarn')).toBeNull();
  });
  it('reads the describing verb before the relative clause', () => {
    expect(knownInDescribedObject('Olsen described the envoys she had known as ')).toBe(true);
    expect(knownInDescribedObject('Olsen saw the clerks whom she knew as ')).toBe(true);
    expect(knownInDescribedObject('Olsen visited the man she had known as ')).toBe(false);
    expect(knownInDescribedObject('Olsen described the port as a town known as ')).toBe(false);
  });
});
