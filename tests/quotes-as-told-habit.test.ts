import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "as X liked to tell his students" and a role set off before "the late NAME".
describe('"As my old teacher, the late NAME, liked to tell his students, "..."" credits NAME', () => {
  it('a habit of telling with those told after it, past "the late"', () => {
    const paras = ['I was wrong about the harbour deal. As my old supervisor, the late Osric Penhale, liked to tell his students, “Alliances are what other people think you have.”'];
    expect(speakerOf(paras, 'Alliances are what')).toBe('Osric Penhale');
  });
  it('"As SURNAME used to tell us, "..."" after the full name', () => {
    const paras = ['Osric Penhale taught the harbour class at Brisk for thirty years.', 'I still hear him. As Penhale used to tell us: “Never trust a quiet port.”'];
    expect(speakerOf(paras, 'quiet port')).toBe('Osric Penhale');
  });
  it('those told are not the speaker', () => {
    const paras = ['Osric Penhale taught Mara Velt at Brisk.', 'As Penhale liked to tell Mara Velt, “Never trust a quiet port.”'];
    expect(speakerOf(paras, 'quiet port')).not.toBe('Mara Velt');
  });
});
