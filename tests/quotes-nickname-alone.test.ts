import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { nicknamesNamed } from '../src/quotes/nickname-mark.ts';

// Passages written for these tests: a nickname given in quotation marks inside a name, then the nickname alone as
// the credit; it is the person so named.
describe('a credit by the nickname alone', () => {
  const paras = [
    'Former Army captain Richard "Dickie" Hart, 61, said the plan was "a shambles."',
    '"The ministry is going round in circles," Dickie told the paper. "Nobody is in charge."',
  ];
  const by = speakersByOpening(paras);
  it('the nickname credit is the person named with it', () => {
    expect(by.get('The ministry is')).toBe('Richard Hart');
    expect(by.get('Nobody is in')).toBe('Richard Hart');
  });
  it('reads each nickname with its name, leaving out one two names share', () => {
    expect([...nicknamesNamed(['Richard "Dickie" Hart said so.'])]).toEqual([['Dickie', 'Richard Hart']]);
    expect(nicknamesNamed(['Richard "Dickie" Hart and Richard "Dickie" Lowe met.']).size).toBe(0);
  });
});
