import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a kin description, the name set off after it, and a second description set
// off after the name ("Her husband, Ivo Roen, a retired border guard, joined her."): the second is a role of his
// as well, so a later "the retired guard" is him. A description of another head is him only where a calling's
// general noun ties it ("the retired officer": a guard is an officer, `role-fit.ts` ROLE_CATEGORIES; WordNet files
// no guard under officer).
const gate = (credit: string): string[] => [
  'Mara Roen waited at the border post for an hour in the rain.',
  `Her husband, Ivo Roen, a retired border guard, joined her at the gate. "We came early," ${credit}. "Nobody else did."`,
];

describe('"Her husband, NAME, a retired border guard, ..." then "the retired guard said"', () => {
  it('the same head, with the past word the role has', () => {
    expect(speakerOf(gate('the retired guard said'), 'We came early')).toBe('Ivo Roen');
    expect(speakerOf(gate('the retired guard said'), 'Nobody else')).toBe('Ivo Roen');
  });

  it('a general noun of the calling, as the table of callings ties it', () => {
    expect(speakerOf(gate('the retired officer said'), 'We came early')).toBe('Ivo Roen');
  });

  it('not the wife, whose role is no guard\'s', () => {
    const paras = ['Ivo Roen waited at the border post for an hour in the rain.', 'His wife, Mara Roen, a retired nurse, joined him at the gate. "We came early," the retired guard said.'];
    expect(speakerOf(paras, 'We came early')).toBeNull();
  });
});
