import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (probe obituaries, session 35): two relatives of one gender share a
// surname, both brought in by full name as someone's kin; a later "Mr Surname" may be either of them.
describe('a titled surname two relatives bear', () => {
  const family = [
    'Agnes Pellow, who ran the village post office for forty years, has died at 88.',
    'Her son, Walter Pellow, said she had been ill for some months.',
    'Her nephew, Simon Pellow, said: "She knew every family on every street."',
    'A former customer, Ruth Galley, said: "She never let anyone leave without a biscuit."',
  ];
  it('"Mr Pellow said" is credited to neither', () => {
    const paras = [...family, '"She would have wanted us to keep the shop open," Mr Pellow said.'];
    expect(speakerOf(paras, 'keep the shop open')).toBeNull();
  });
  it('nor a "he" after a sentence whose subject is "Mr Pellow"', () => {
    const paras = [...family, 'Mr Pellow said the funeral would be private. "She hated a fuss," he said.'];
    expect(speakerOf(paras, 'hated a fuss')).toBeNull();
  });
  it('"Mrs Pellow" is still the one woman of that surname', () => {
    const paras = [...family, 'Mrs Pellow once told a local paper: "Stamps are the least of what we sell."'];
    expect(speakerOf(paras, 'Stamps are the least')).toBe('Agnes Pellow');
  });
  it('one of them named in the paragraph before is the one meant', () => {
    const paras = [...family.slice(0, 3), '"She would have wanted us to keep the shop open," Mr Pellow said.'];
    expect(speakerOf(paras, 'keep the shop open')).toBe('Simon Pellow');
  });
});
