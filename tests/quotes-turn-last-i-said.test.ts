import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a guest's turn in a broadcast transcript quoting her own earlier
// words with "I said," after a clause with another "I" and a verb of writing ("When I wrote about it in May, I
// said, "...""). The last "I" frames the quote; the words are the guest's own.

const transcript = (turn: string): string[] => [
  'NORA VIK, ANCHOR: Joining me is Lise Haugland of the Skagen Institute. Lise, welcome.',
  'LISE HAUGLAND: Thank you, Nora.',
  'VIK: What should we watch now?',
  turn,
];

describe('"I said" after an earlier "I wrote" in a turn', () => {
  it('"When I wrote about it in May, I said, "..."" is the guest\'s', () => {
    const text = transcript('HAUGLAND: The ports, mostly. When I wrote about it in May, I said, "Watch the ferries, not the speeches." I would still say that.');
    expect(speakerOf(text, 'Watch the ferries')).toBe('Lise Haugland');
  });

  it('one "I said" alone still is', () => {
    const text = transcript('HAUGLAND: The ports, mostly. I said, "Watch the ferries, not the speeches." I would still say that.');
    expect(speakerOf(text, 'Watch the ferries')).toBe('Lise Haugland');
  });

  it('"I said" with another speaking after it is not hers', () => {
    const text = transcript('HAUGLAND: The ports, mostly. I said the minister told us, "Watch the ferries, not the speeches." I would still say that.');
    expect(speakerOf(text, 'Watch the ferries')).not.toBe('Lise Haugland');
  });
});
