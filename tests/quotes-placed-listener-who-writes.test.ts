import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people, places and programme): a presenter reads out a listener's
// message, the listener named by a name and where they are after "from", then ", who writes:" and the words.
describe('"This is from NAME in TOWN, who writes: \\"...\\""', () => {
  it('a full name: the listener, not the town', () => {
    const paras = ['HOST: Let us take a listener question. This is from Farid Haddad in Dunmere, who writes: "Why a ferry port? Could they not meet in the capital?"'];
    expect(speakerOf(paras, 'Why a ferry port')).toBe('Farid Haddad');
  });

  it('a given name alone that the name lists know', () => {
    const paras = ['Tessa Morrow read out the messages. This one is from Farid in Dunmere, who writes: "Why a ferry port? Could they not meet in the capital?"'];
    expect(speakerOf(paras, 'Why a ferry port')).toBe('Farid');
  });

  it('not the presenter reading it out', () => {
    const paras = ['Tessa Morrow read out the messages. This one is from Farid in Dunmere, who writes: "Why a ferry port? Could they not meet in the capital?"'];
    expect(speakerOf(paras, 'Why a ferry port')).not.toBe('Tessa Morrow');
  });
});
