import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { soCreditAfter } from '../src/quotes/so-credit.ts';

// Passages written for these tests: a credit by "so" and no verb, as translations from German write it.
describe('a "so" credit after the quote', () => {
  it('`"...," so Kask at the opening.` is Kask\'s', () => {
    const paras = ['Mayor Omar Kask opened the harbour on Monday. "I am glad to see you all here," so Kask at the opening.'];
    expect(speakerOf(paras, 'glad to see you')).toBe('Omar Kask');
  });
  it('`"...," so the city spokesman Ivo Tamm.` is Tamm\'s', () => {
    const paras = ['The council met late. "No contract will be signed this year," so the city spokesman Ivo Tamm.'];
    expect(speakerOf(paras, 'No contract')).toBe('Ivo Tamm');
  });
  it('`"...", so Lind.` (the comma after the marks) is Lind\'s', () => {
    const paras = ['Mara Lind leads the opposition. "The budget is a disgrace", so Lind.'];
    expect(speakerOf(paras, 'budget is a disgrace')).toBe('Mara Lind');
  });
  it('`"...," so Kask won the vote.` is no credit', () => {
    expect(soCreditAfter(' so Kask won the vote.', ',')).toBeNull();
  });
  it('a quote ending on its own full stop is no credit\'s', () => {
    expect(soCreditAfter(' So Kask.', '.')).toBeNull();
  });
  it('reads the name and a description alone', () => {
    expect(soCreditAfter(' so Kask at the greeting.', ',')).toBe('Kask');
    expect(soCreditAfter(' so the spokesman.', ',')).toBe('the spokesman');
  });
});

describe('a "so" credit with a long role set off after the name', () => {
  it('credits the name and keeps the role for a later "the economist"', () => {
    const paras = [
      'Nobody in Tarnby will say what was agreed. "Bergen needs ships, and Kessel needs everything else," so Anders Vik, an economist who teaches at a Bergen university and who, unlike many colleagues, still talks to the press.',
      '"Ships are slow money," the economist says over coffee.',
    ];
    expect(speakerOf(paras, 'Kessel needs everything else')).toBe('Anders Vik');
    expect(speakerOf(paras, 'Ships are slow money')).toBe('Anders Vik');
  });
});
