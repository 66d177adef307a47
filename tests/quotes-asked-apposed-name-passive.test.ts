import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): the one asked does not speak the question, also
// when their name is set off after a description before "was asked".
describe('"\\"...?\\" the coach, NAME, was asked."', () => {
  it('does not credit the one asked', () => {
    const paras = ['The Harrowfield Wanderers play a cup tie on Sunday.', '"Will the new keeper start on Sunday?" the manager, Prudence Okafor-Lane, was asked.'];
    expect(speakerOf(paras, 'Will the new keeper')).toBeNull();
  });

  it('still credits one set off so who asked', () => {
    const paras = ['The Harrowfield Wanderers play a cup tie on Sunday.', '"Will the new keeper start on Sunday?" the manager, Prudence Okafor-Lane, asked.'];
    expect(speakerOf(paras, 'Will the new keeper')).toBe('Prudence Okafor-Lane');
  });
});
