import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and bodies): a quote whose sentence runs on after its closing
// mark in a relative clause ("that would ..."), and only then credits it, set off by a comma, with words of
// time, place or medium after the verb.
describe('a credit after a relative clause that goes on from the quote', () => {
  it('"..." that would answer the union, NAME said on Monday.', () => {
    const paras = ['The harbour city may appeal the ruling.', '"If the town gets more ledgers, it will comb them for entries" that would answer the union, Anna Holt said on Monday.'];
    expect(speakerOf(paras, 'If the town gets')).toBe('Anna Holt');
  });

  it('with a role before the name and the paper the words stand in', () => {
    const paras = ['The harbour city may appeal the ruling.', '"The board will look again at every permit" which the port has granted since May, city trial counsel Ivo Dahl wrote in a court filing.'];
    expect(speakerOf(paras, 'The board will look')).toBe('Ivo Dahl');
  });

  it('a comma before the relative verb still stops the reading at a clause of its own', () => {
    const paras = ['The harbour city may appeal the ruling.', 'The "final offer" was late, and the union, which Ivo Dahl leads, said it would strike.'];
    expect(speakerOf(paras, 'final offer')).not.toBe('Ivo Dahl');
  });
});
