import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { introducesHolderOf } from '../src/quotes/indefinite-holder.ts';
import { lowerRankOnly } from '../src/quotes/office-rank.ts';

// Sentences and names written for these tests: "A spokesperson for the office of ROLE NAME said .... '...,' the
// spokesperson said." is the newcomer's quote, never the one given that role paragraphs before.

describe('"the spokesperson" after "a spokesperson for ..." brought in anew', () => {
  it('a rank word in the complement ("for the deputy mayor") makes no lower spokesperson', () => {
    const got = speakersByOpening([
      'Marta Okonkwo, the ministry spokesperson, spoke at the morning briefing. "We call for calm," she said.',
      'A spokesperson for the deputy mayor said the budget was "under review".',
      '"We will publish it next week," the spokesperson said.',
    ]);
    expect(got.get('We call for')).toBe('Marta Okonkwo');
    expect(got.get('We will publish')).not.toBe('Marta Okonkwo');
  });

  it('one brought in by "a" in the quote\'s own paragraph, however long the subject, is not the earlier named one', () => {
    const got = speakersByOpening([
      '"We have seen the reports. We call for dialogue," Foreign Ministry spokesperson Tomas Brekke said at the weekly briefing.',
      'The Foreign Ministry said in a statement later in the day that the country "remains committed to peace".',
      'A spokesperson for the office of Minister of State for Coastal and Island Affairs Pavel Dorn said the minister would travel. "The minister has been briefed and will raise it," the spokesperson said.',
    ]);
    expect(got.get('We have seen')).toBe('Tomas Brekke');
    // (Shown by the words that brought the newcomer in, since session 53: `newcomer-description.ts`.)
    expect(got.get('The minister has')).toMatch(/^a spokesperson for the office of Minister of State/u);
  });

  it('a rank word before the head still makes a lower office', () => {
    expect(lowerRankOnly(new Set(['deputy', 'spokesperson']), new Set(['the', 'spokesperson']), ['a deputy spokesperson for the port'], 'spokesperson')).toBe(true);
    expect(lowerRankOnly(new Set(['deputy', 'spokesperson']), new Set(['the', 'spokesperson']), ['a spokesperson for the deputy mayor'], 'spokesperson')).toBe(false);
  });

  it('"a spokesperson" as a predicate or set off after a name brings in no one', () => {
    expect(introducesHolderOf('A spokesperson for the office of the governor said the road would open.', 'spokesperson')).toBe(true);
    expect(introducesHolderOf('A senior port spokesperson said so.', 'spokesperson')).toBe(true);
    expect(introducesHolderOf('Falk has been a spokesperson for six years.', 'spokesperson')).toBe(false);
    expect(introducesHolderOf('Ida Falk, a spokesperson for the port, said so.', 'spokesperson')).toBe(false);
    expect(introducesHolderOf('A day after the spokesperson spoke, the port opened.', 'spokesperson')).toBe(false);
    const got = speakersByOpening([
      'Ida Falk, the port authority\'s spokesperson, spoke first. "The cranes are idle," she said.',
      'Falk has been a spokesperson for six years. "Nothing moves without a permit," the spokesperson said.',
    ]);
    expect(got.get('Nothing moves without')).toBe('Ida Falk');
  });
});
