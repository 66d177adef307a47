import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { pronounLeadBefore } from '../src/quotes/pronoun-lead.ts';

// Sentences and names written for these tests: "the archivist" in a paragraph whose one sentence before it goes
// on with the archivist as "she" is the one the paragraph before gave that role, as it is when it opens the
// paragraph.

describe('"She said .... "...," the archivist said." after "NAME, an archivist at BODY"', () => {
  it('the archivist named in the paragraph before speaks', () => {
    const got = speakersByOpening([
      'Greta Lindholm, an archivist at the Northern Broadcast Archive, checked the full broadcast for us. "There is no Moon in the footage," Lindholm said.',
      'She said the closest Lund came to the subject was a remark about training. "He said it the way one says many things in principle," the archivist said.',
    ]);
    expect(got.get('He said it')).toBe('Greta Lindholm');
  });

  it('no one when the pronoun is of the other sex, or someone else is named in full before it', () => {
    const other = speakersByOpening([
      'Greta Lindholm, an archivist at the Northern Broadcast Archive, checked the full broadcast for us. "There is no Moon in the footage," Lindholm said.',
      'He said the closest Lund came to the subject was a remark about training. "He said it the way one says many things in principle," the archivist said.',
    ]);
    expect(other.get('He said it')).not.toBe('Greta Lindholm');
    const named = speakersByOpening([
      'Greta Lindholm, an archivist at the Northern Broadcast Archive, checked the full broadcast for us. "There is no Moon in the footage," Lindholm said.',
      'She said Ivar Holm, a second archivist, came later. "He said it the way one says many things in principle," the archivist said.',
    ]);
    expect(named.get('He said it')).not.toBe('Greta Lindholm');
  });

  it('reads one sentence opening on the pronoun', () => {
    expect(pronounLeadBefore('She said the closest Lund came to the subject was a remark. ')).toBe('f');
    expect(pronounLeadBefore('He nodded. ')).toBe('m');
    expect(pronounLeadBefore('The port opened. She said so. ')).toBeNull();
  });
});
