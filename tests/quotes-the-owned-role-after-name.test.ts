import { describe, it, expect } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// Passages written for these tests: a role owned by "the" and a body's noun, set off after a full name.
describe('"NAME, the party\'s treasurer," then "the treasurer said"', () => {
  it('gives the role to the one named, whom the bare role later means', () => {
    const by = speakersByStart([
      "Teodor Vanek, the party's treasurer, presented the accounts on Monday.",
      'Debts have grown since the spring.',
      '"We have never been this short of money," the treasurer said.',
    ]);
    expect(by.get('We have never')).toBe('Teodor Vanek');
  });
  it('reads a capitalised owner after "the" too', () => {
    const by = speakersByStart([
      "Ilse Marr, the Dorran Harbour Board's archivist, opened the boxes.",
      'Most were empty.',
      '"Someone took the ledgers years ago," the archivist said.',
    ]);
    expect(by.get('Someone took')).toBe('Ilse Marr');
  });
  it('ties no one when two were given the role', () => {
    const by = speakersByStart([
      "Teodor Vanek, the party's treasurer, and Ilse Marr, the union's treasurer, presented the accounts on Monday.",
      'Debts have grown since the spring.',
      '"We have never been this short of money," the treasurer said.',
    ]);
    expect(by.get('We have never')).not.toBe('Teodor Vanek');
    expect(by.get('We have never')).not.toBe('Ilse Marr');
  });
  it('leaves a synonym the text never tied to the one named', () => {
    const by = speakersByStart([
      "Teodor Vanek, the party's treasurer, presented the accounts on Monday.",
      'Debts have grown since the spring.',
      '"We have never been this short of money," the finance chief said.',
    ]);
    expect(by.get('We have never')).not.toBe('Teodor Vanek');
  });
});
