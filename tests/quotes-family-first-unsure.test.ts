import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { surnameOrderUnsure } from '../src/quotes/family-first-unsure.ts';
import { isKnownFirstName } from '../src/quotes/first-names.ts';

// Passages written for these tests: a name that may be written family name first beside one that plainly is not.
describe('a bare surname one namesake may bear as a given name, written family name first, is no one\'s', () => {
  it('"Wang said" after "Zhao Wang" and "Harriet Wang" is not Zhao Wang', () => {
    const paras = ['Zhao Wang took the gold in the vault at Nanning. The bronze went to the Australian Harriet Wang.', '"The landing was clean," Wang said.'];
    expect(speakerOf(paras, 'The landing was clean') ?? '').not.toMatch(/Zhao/u);
  });
  it('two namesakes of plain given names are read as before', () => {
    const paras = ['Oliver Wang took the gold in the vault at Nanning. The bronze went to his sister, Harriet Wang.', '"The landing was clean," Wang said.'];
    expect(speakerOf(paras, 'The landing was clean')).toBe('Oliver Wang');
  });
  it('reads the names', () => {
    expect(surnameOrderUnsure('wang', [['zhao', 'wang'], ['harriet', 'wang']], isKnownFirstName)).toBe(true);
    expect(surnameOrderUnsure('wang', [['zhao', 'wang']], isKnownFirstName)).toBe(false);
    expect(surnameOrderUnsure('wang', [['oliver', 'wang'], ['harriet', 'wang']], isKnownFirstName)).toBe(false);
  });
});
