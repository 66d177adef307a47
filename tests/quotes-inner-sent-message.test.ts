import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "X said Y had texted her "..."" — a message sent is the sender's words inside the
// report, never the reporter's.
describe('a verb of sending a message inside another\'s report gives the words to its own subject', () => {
  it('a named sender ("said Ilka Dorn had texted her "..."") speaks, not the reporter', () => {
    const paras = ['Her aunt, Vera Dorn, said Ilka Dorn had texted her "I am on the last ferry" at midnight.'];
    expect(speakerOf(paras, 'I am on the last ferry')).toBe('Ilka Dorn');
  });
  it('an email with a colon ("said that Osk Valmer had emailed him:") is the sender\'s', () => {
    const paras = ['Brannoc Tuil said that Osk Valmer had emailed him: "The contract is void."'];
    expect(speakerOf(paras, 'The contract is void')).toBe('Osk Valmer');
  });
  it('the reporter who texted himself still speaks ("Tuil texted his brother:")', () => {
    const paras = ['Brannoc Tuil texted his brother on Friday: "Bring the van."'];
    expect(speakerOf(paras, 'Bring the van')).toBe('Brannoc Tuil');
  });
});
