import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a person named, then a sentence opening on "He"/"She" (or a name) whose clause
// ends in a participle of toasting before the quoted words. A toast is spoken, and the participle's subject is the
// main clause's, so the words are that subject's.
describe('a participle of toasting after the clause of a pronoun subject', () => {
  it('"He went further at the dinner, toasting "...""', () => {
    const paras = ['Mayor Peter Halvorsen spoke at the harbour dinner on Friday.', 'He went further at the dinner, toasting "the eternal friendship of our towns" of the river people.'];
    expect(speakerOf(paras, 'the eternal friendship of our towns')).toBe('Peter Halvorsen');
  });
  it('"She then stood up, raising her glass to "...""', () => {
    const paras = ['Councillor Ines Marlow hosted the delegation from Tarnby.', 'She then stood up, raising her glass to "the ferrymen who never sleep."'];
    expect(speakerOf(paras, 'the ferrymen who never sleep')).toBe('Ines Marlow');
  });
});
