import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a body's role set off after its name may hold a clause of its own opened by
// "that" or "which" on the role's noun ("one of the stocks that fell"); the body before it is still the subject
// of the verb after the role.
describe('a set-off role with a "that" clause', () => {
  it('`FIRM, one of the stocks that fell, issued a statement saying it had "..."` is the firm\'s', () => {
    const paras = ['Harbour Lines, one of the stocks that fell, issued a statement saying it had "no ties to any listed entity" at all.'];
    expect(speakerOf(paras, 'no ties to any listed entity')).toBe('Harbour Lines');
  });
  it('so with "a NOUN that ..." and a plain "said"', () => {
    const paras = ['Velmar Freight, a carrier that lost a fifth of its value, said it had "never carried such cargo."'];
    expect(speakerOf(paras, 'never carried such cargo')).toBe('Velmar Freight');
  });
});
