import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: one described "for" (or "at") a body whose name has an "of" of
// its own ("the Velmar Ministry of Trade"), then words set off by commas before "said". The last word of the
// body's name ("Trade") is no subject; the one described speaks.

describe('a body name with its own "of" after the preposition of a description set off before "said"', () => {
  it('"A spokesman for the Velmar Ministry of Trade, in a statement, said" is the spokesman', () => {
    const text = ['The harbour stayed shut on Tuesday. A spokesman for the Velmar Ministry of Trade, in a statement, said it would "review every licence by June."'];
    expect(speakerOf(text, 'review every licence')).toBe('a spokesman for the Velmar Ministry of Trade');
  });

  it('and with a participle set off: ", speaking to reporters,"', () => {
    const text = ['The harbour stayed shut on Tuesday. A spokeswoman for the Orlan Bureau of Fisheries, speaking to reporters, said the quotas were "not up for debate."'];
    expect(speakerOf(text, 'not up for debate')).toBe('a spokeswoman for the Orlan Bureau of Fisheries');
  });

  it('a person "of" a place set off before "said" still speaks', () => {
    const text = ['Hanne Brisk of Lovund, in a letter to the council, said the ferry was "the island\'s only road."'];
    expect(speakerOf(text, "the island's only road")).toBe('Hanne Brisk');
  });
});
