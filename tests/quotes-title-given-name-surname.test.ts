import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { withTitledSurnames } from '../src/quotes/address-forms.ts';
import { scanNameMentions } from '../src/quotes/name-mentions.ts';

// Sentences and names written for these tests: a title that is also a given name ("Dean"), written before a full
// name and later before the surname alone, is that title, not another person of the given name.

describe('"Dean SURNAME" after "Dean GIVEN SURNAME"', () => {
  it('a bare surname later is the titled person, not a "Dean" of that surname', () => {
    const got = speakersByOpening([
      'Dean Harold Brenner of the School of Marine Affairs, who introduced the speakers, said the turnout was high. "We had to turn people away," the dean said.',
      'Dean Brenner closed the event by announcing a second panel. The dean said he hoped the society would organize it again. "These students did a fine job," Brenner said.',
    ]);
    expect(got.get('These students did')).toBe('Harold Brenner');
  });

  it('one brought in as kin under that name stays a person of his own', () => {
    const got = speakersByOpening([
      'Dean Harold Brenner of the School of Marine Affairs opened the evening. "We had to turn people away," he said.',
      'His son, Dean Brenner, a graduate student, sat in the front row. "My father loves a full room," Dean Brenner said.',
    ]);
    expect(got.get('My father loves')).toBe('Dean Brenner');
  });

  it('reads the mention as the full name under its title', () => {
    const mentions = scanNameMentions(['Dean Harold Brenner spoke first.', 'Dean Brenner spoke last.']);
    expect(withTitledSurnames(mentions).map((m) => m.name)).toEqual(['Harold Brenner', 'Harold Brenner']);
  });
});
