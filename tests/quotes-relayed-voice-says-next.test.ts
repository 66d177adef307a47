import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests (invented people and places): 'She quotes a DESCRIPTION: "..." ¶
// "...," she says.': right after the relayed words, a pronoun that only says (not writes) may be the one quoted
// going on as well as the author who quoted them; no answer rather than the author.

describe('a pronoun that says, right after "SUBJECT quotes X: ..."', () => {
  const intro = 'In her new book the geographer Marit Voss walks the shore of the Selka.';

  it('a description the lexicon does not take for a person ("a midwife"): not the author', () => {
    const got = speakersByOpening([`${intro} She quotes a midwife from the shore: "Boats come home at night."`, '"I delivered two hundred of them before the bridge was built," she says.']);
    expect(got.get('Boats come home')).toBe('a midwife from the shore');
    expect(got.get('I delivered two')).not.toBe('Marit Voss');
  });

  it('a description it does ("an old pilot"): not the author either', () => {
    const got = speakersByOpening([`${intro} She quotes an old pilot: "The ship sat low in the water."`, '"I steered her in for thirty years," she says.']);
    expect(got.get('The ship sat')).toBe('an old pilot');
    expect(got.get('I steered her')).not.toBe('Marit Voss');
  });

  it('still: "she writes" right after is the author', () => {
    const got = speakersByOpening([`${intro} She quotes a midwife from the shore: "Boats come home at night."`, '"The bridge changed everything," she writes.']);
    expect(got.get('The bridge changed')).toBe('Marit Voss');
  });

  it('still: "she says" after a sentence of her own narration between is the author', () => {
    const got = speakersByOpening([`${intro} She quotes an old pilot: "The ship sat low in the water."`, 'In the best chapter she walks the old quay. "The bridge changed everything," she says.']);
    expect(got.get('The bridge changed')).toBe('Marit Voss');
  });
});
