import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { ownedVerdictOpening } from '../src/quotes/owned-verdict.ts';

// Sentences and names written for these tests: a sentence opening on a person's possessive before a noun of
// opinion ("NAME's final view was simple.") puts that person forward; a pronoun after it is theirs, or at least
// never someone quoted further back.

describe('"NAME\'s final view was ..." before a pronoun credit', () => {
  it('"final" among the words before the noun: the owner speaks, not a description quoted in the paragraph before', () => {
    const text = [
      'Oskar Velling, an analyst at the Harrowgate Institute, said the port was "quiet for now."',
      'A harbour official, who declined to be named, added by phone: "Nothing has changed for shippers."',
      'Velling\'s final view was simple. "Watch the northern quay," he said. "If anything moves, it moves there."',
    ];
    const got = speakersByOpening(text);
    expect(got.get('Watch the northern')).toBe('Oskar Velling');
    expect(got.get('If anything moves,')).toBe('Oskar Velling');
  });

  it('with another person named in that sentence, no answer rather than the one quoted further back', () => {
    const text = [
      'Oskar Velling, an analyst at the Harrowgate Institute, said the port was "quiet for now."',
      'A harbour official, who declined to be named, added by phone: "Nothing has changed for shippers."',
      'Velling\'s verdict on Ilse Marrow\'s plan was harsh. "It will cost twice as much," he said.',
    ];
    const got = speakersByOpening(text);
    expect([null, 'Oskar Velling']).toContain(got.get('It will cost') ?? null);
  });

  it('reads the owner only before a noun of opinion and its verb', () => {
    expect(ownedVerdictOpening("Velling's final view was simple.")).toBe('Velling');
    expect(ownedVerdictOpening("Oskar Velling's answer came quickly.")).toBe('Oskar Velling');
    expect(ownedVerdictOpening("Velling's visit was short.")).toBeNull();
    expect(ownedVerdictOpening('The final view was simple.')).toBeNull();
    expect(ownedVerdictOpening("Velling's verdict on the new quay was harsh.")).toBe('Velling');
  });
});
