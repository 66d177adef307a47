import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a description ending on the person spoken for, then a name set off.
describe('"A spokesman for the chairman, NAME, said": the name set off is the chairman\'s, not the speaker\'s', () => {
  it('the spokesman is not given the chairman\'s name', () => {
    const paras = ['A spokesman for the chairman, Willem Boon, said: "Mr Boon will not resign."'];
    expect(speakerOf(paras, 'Mr Boon will not resign')).not.toBe('Willem Boon');
  });
  it('after the quote too', () => {
    const paras = ['"The board meets on Friday," said a spokeswoman for the governor, Lotte Haring.'];
    expect(speakerOf(paras, 'The board meets on Friday')).not.toBe('Lotte Haring');
  });
  it('a body spoken for leaves the name the speaker\'s', () => {
    const paras = ['A spokesman for the company, Willem Boon, said: "No one was hurt."'];
    expect(speakerOf(paras, 'No one was hurt')).toBe('Willem Boon');
  });
});

// Passages written for these tests: a description, then an article, a title and a name set off after it.
describe('"Her guest, the housing minister NAME, said": the name after a titled description set off speaks', () => {
  it('the name, not "Her guest"', () => {
    const paras = ['The host Lisa Kramer opened the show. Her guest, the housing minister Wouter Pol, said: "Rents will fall next year."'];
    expect(speakerOf(paras, 'Rents will fall next year')).toBe('Wouter Pol');
  });
  it('not a clause set off: "Her guest, the one NAME brought, said"', () => {
    const paras = ['Her guest, the one Wouter Pol brought along, said: "Rents will fall next year."'];
    expect(speakerOf(paras, 'Rents will fall next year')).not.toBe('Wouter Pol');
  });
});
