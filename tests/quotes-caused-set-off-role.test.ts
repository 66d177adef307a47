import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for this test: a causative verb whose object, a name, carries a role set off by commas before
// the infinitive of saying ("prompted NAME, the harbour master, to state: "...""): the name speaks.
describe('"prompted NAME, ROLE, to state"', () => {
  it('credits the name before the role set off', () => {
    expect(speakerOf(['The delay prompted Tomas Berg, the harbour master, to state: “We will not wait another week.”'], 'another week')).toBe('Tomas Berg');
  });
  it('still credits the plain object', () => {
    expect(speakerOf(['The delay prompted Tomas Berg to state, “We will not wait another week.”'], 'another week')).toBe('Tomas Berg');
  });
});
