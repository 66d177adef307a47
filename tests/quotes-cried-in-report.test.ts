import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a cry reported inside what someone else says.
describe('"Police said NAME had shouted "..." at officers": the cry is the one who shouted it', () => {
  it('is the named crier\'s, not the reporter\'s', () => {
    expect(speakerOf(['Police said Corvin Adley, 29, had shouted "You will regret this" at the officers.'], 'You will regret this')).toBe('Corvin Adley');
    expect(speakerOf(['Steward Nell Pardoe said Corvin Adley yelled: "Open the gate!"'], 'Open the gate')).toBe('Corvin Adley');
  });
  it('is the described crier\'s, not the reporter\'s', () => {
    expect(speakerOf(['Steward Nell Pardoe said the intruder had screamed "Leave me alone!" as he ran.'], 'Leave me alone')).not.toBe('Nell Pardoe');
  });
  it('is the crier\'s when the cry is one word in lower case', () => {
    expect(speakerOf(['Guard Tomas Berg said Ivo Lind yelled "thief" at her before running off.'], 'thief')).toBe('Ivo Lind');
    expect(speakerOf(['Guard Tomas Berg said Ivo Lind had screamed "fire!" in the lobby.'], 'fire')).toBe('Ivo Lind');
  });
  it('leaves a lowercase word after the verb as it was read before (a manner, perhaps)', () => {
    expect(speakerOf(['Steward Nell Pardoe said the fans had shouted "in unison" for an hour.'], 'in unison')).not.toBe('the fans');
  });
});
