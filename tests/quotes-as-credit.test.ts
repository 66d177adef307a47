import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { asCreditAfter } from '../src/quotes/as-credit.ts';

// Passages written for these tests: a credit after the quote in a clause of manner ("as X said").
describe('an "as X said" credit after the quote', () => {
  it('`the contest "is neck and neck at the moment," as Kask said on Monday, ...` is Kask\'s', () => {
    const paras = ['Omar Kask is running for mayor.', 'Even so, the fact that the contest "is neck and neck at the moment," as Kask said on the radio on Monday, only adds to the pressure.'];
    expect(speakerOf(paras, 'neck and neck')).toBe('Omar Kask');
  });
  it('`"...," as Jane Roe put it.` is Jane Roe\'s', () => {
    const paras = ['The port is "a place where the town meets the world," as Mara Lind put it.'];
    expect(speakerOf(paras, 'the town meets the world')).toBe('Mara Lind');
  });
});

describe('asCreditAfter', () => {
  it('reads the subject of the clause', () => {
    expect(asCreditAfter(', as Kask said on Monday, only raises the stakes.')).toBe('Kask');
  });
  it('is null for no one that can be told', () => {
    expect(asCreditAfter(', as many said at the time.')).toBeNull();
    expect(asCreditAfter(', as it said.')).toBeNull();
  });
  it('is null for "as" with no verb of saying', () => {
    expect(asCreditAfter(' as Kask walked in.')).toBeNull();
  });
});
