import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: numbered reactions on lines of one paragraph, each with a dash credit.
describe('a dash credit naming a description on the quote\'s own line is not the line before\'s speaker', () => {
  it('`3. "No comment" — the prosecutor\'s office.` is not the lawyer of the line above', () => {
    const paras = ['Three reactions to the verdict:', '1. "A victory for truth" — Emma Steen, the victim\'s sister.\n2. "A dark day" — Rolf Hartog, the defence lawyer.\n3. "No comment" — the prosecutor\'s office.'];
    expect(speakerOf(paras, 'A dark day')).toBe('Rolf Hartog');
    expect(speakerOf(paras, 'No comment')).not.toBe('Rolf Hartog');
  });
});
