import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { givenNameSubject } from '../src/quotes/given-name-clause.ts';

// Passages written for these tests: a reader described and then named by how the letter was signed ("who signed
// her email only as NAME from PLACE") is the one a later "she wrote" means.
describe('a writer named by how the letter was signed', () => {
  it('`Another reader, who signed her email only as Greta from Tolland, was ... "...," she wrote.` is Greta\'s', () => {
    const paras = ['Another reader, who signed her email only as Greta from Tolland, was less amused. “Boats don’t sink on purpose,” she wrote. “Stop it.”'];
    expect(speakerOf(paras, 'Boats')).toBe('Greta');
    expect(speakerOf(paras, 'Stop it')).toBe('Greta');
  });
  it('reads the name and the sex the clause gives', () => {
    expect(givenNameSubject('A listener, who signed his letter as Bram Oster, wrote back.')).toEqual({ name: 'Bram Oster', gender: 'm', description: 'A listener' });
    expect(givenNameSubject('Mara Olsen, who signed the letter, wrote back.')).toBeNull();
  });
});
