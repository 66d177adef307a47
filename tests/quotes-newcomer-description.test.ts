import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { newcomerDescription } from '../src/quotes/newcomer-description.ts';

describe('a bare description shown by the words that brought its newcomer in', () => {
  it('shows "the delegate" as the member of the delegation its paragraph brought in', () => {
    const got = speakersByQuote(['Our reporter Lena Vos spoke to a member of the Norlandic delegation, who asked not to be named. "It went better than we feared," the delegate told her.']);
    expect(got.get('It went better than we feared')).toBe('a member of the Norlandic delegation');
  });

  it('shows "the diplomat" as the diplomat brought in, with the modifiers and the place', () => {
    expect(speakersByQuote(['Lena Vos spoke to a senior Norlandic diplomat. "It went better than we feared," the diplomat told her.']).get('It went better than we feared')).toBe('a senior Norlandic diplomat');
    expect(speakersByQuote(['Lena Vos met a retired diplomat from Velmar on the quay. "It went better than we feared," the diplomat told her.']).get('It went better than we feared')).toBe('a retired diplomat from Velmar');
  });

  it('names neither of two newcomers of that role, nor one whose words the description does not hold', () => {
    const two = speakersByQuote(['Lena Vos met a diplomat from Velmar and a diplomat from Orsk. "It went better than we feared," the diplomat told her.']).get('It went better than we feared');
    expect(two).not.toBe('a diplomat from Velmar');
    expect(two).not.toBe('a diplomat from Orsk');
    const other = speakersByQuote(['Lena Vos spoke to a member of the Norlandic delegation. "It went better than we feared," the Danish delegate told her.']).get('It went better than we feared');
    expect(other).not.toBe('a member of the Norlandic delegation');
  });

  it('reads the member of a group whose noun derives the role, and no time as a place', () => {
    expect(newcomerDescription('She met a member of the harbour commission on Friday.', 'commissioner')).toBe('a member of the harbour commission');
    expect(newcomerDescription('She met a member of the harbour commission.', 'governor')).toBeNull();
    expect(newcomerDescription('She met a diplomat in March.', 'diplomat')).toBe('a diplomat');
    expect(newcomerDescription('He has been a diplomat for years.', 'diplomat')).toBeNull();
  });
});
