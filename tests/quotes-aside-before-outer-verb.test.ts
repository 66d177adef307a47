import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a reporting verb whose subject stands before a prepositional aside set off
// by commas still governs the clause after it; the person that clause names did not say the words its verb
// holds, the outer subject reports them.
describe('an outer reporter before a set-off aside', () => {
  it('`State media, through the Lowland Press Agency, said NAME had expressed "..."` is not the named one\'s', () => {
    const paras = ['Lowland state media, through the Lowland Press Agency, said Mara Olsen had expressed "her warm gratitude" for the visit.'];
    expect(speakerOf(paras, 'warm gratitude')).not.toBe('Mara Olsen');
  });
  it('so after "in a statement" set off', () => {
    const paras = ['The ministry, in a statement, said Tomas Vell had voiced "deep concern" over the drills.'];
    expect(speakerOf(paras, 'deep concern')).not.toBe('Tomas Vell');
  });
  it('a named subject with no outer verb keeps the words', () => {
    const paras = ['Mara Olsen, in a statement, expressed "her warm gratitude" for the visit.'];
    expect(speakerOf(paras, 'warm gratitude')).toBe('Mara Olsen');
  });
});
