import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: "NAME was quick to answer." sets that person up to give the words
// after it, as "NAME was blunter." does, so the "she said" right after is hers, not her namesake husband's.

describe('"NAME was quick to answer. "...," she said."', () => {
  it('the one quick to answer speaks, after her namesake spoke', () => {
    const got = speakersByOpening([
      'Anders Vilk and Ruth Vilk sat at opposite ends of the table.',
      '"The ports were always the prize," Anders Vilk told the audience.',
      'Ruth Vilk was quick to answer. "That is a very narrow view," she said.',
    ]);
    expect(got.get('That is a')).toBe('Ruth Vilk');
  });

  it('"was slow to reply" too', () => {
    const got = speakersByOpening([
      'Anders Vilk and Ruth Vilk sat at opposite ends of the table.',
      '"The ports were always the prize," Anders Vilk told the audience.',
      'Ruth Vilk was slow to reply. "I need to think," she said.',
    ]);
    expect(got.get('I need to')).toBe('Ruth Vilk');
  });
});
