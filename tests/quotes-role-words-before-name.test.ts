import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { pastFrontedPlace, roleBeforeName } from '../src/quotes/fronted-place.ts';

// Passages written for these tests: a lowercase role of up to three words before a full name ("retired tram
// driver"), perhaps after a fronted place with a "where" clause, makes the name the subject a later "he said" means.
describe('a role of several words before a name', () => {
  it('a role whose noun the lexicon has as one who acts ("tram driver")', () => {
    expect(speakerOf(['Tram driver Ivo Brandt has crossed the bridge for years. "I know every bolt," he said.'], 'every bolt')).toBe('Ivo Brandt');
  });
  it('a capitalised word and two lowercase ones before a name set off with an age', () => {
    expect(speakerOf(['Retired tram driver Ivo Brandt, 67, has watched the depot for years. "I know every bolt," he said.'], 'every bolt')).toBe('Ivo Brandt');
  });
  it('after a fronted place and its "where" clause', () => {
    const paras = ['In Tarnow, where the line crosses the river, retired tram driver Ivo Brandt, 67, has watched the depot for years. "I know every bolt," he said.'];
    expect(speakerOf(paras, 'every bolt')).toBe('Ivo Brandt');
  });
  it('reads past the clause and the role words', () => {
    expect(pastFrontedPlace('where the line crosses the river, Ivo Brandt waited')).toBe('Ivo Brandt waited');
    expect(pastFrontedPlace('where the line crosses the river, the water rose')).toBe('where the line crosses the river, the water rose');
    expect(roleBeforeName('retired tram driver Ivo Brandt, 67, waited')).toEqual({ name: 'Ivo Brandt', role: 'retired tram driver' });
  });
});
