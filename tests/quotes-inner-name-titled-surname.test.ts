import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented people: a bare word that is the middle name of a full name opening
// on a known first name, and also some other person's surname under a courtesy title, is not the full name.
describe('a middle name is not the bare surname a titled other bears', () => {
  it('"Lowell told reporters" after "Peter Lowell Banks" and "Mr. Lowell, the caretaker" is not Peter Lowell Banks', () => {
    const p = [
      'Peter Lowell Banks, the harbour master, said the storm had passed. Mr. Lowell, the caretaker, disagreed with him about the damage.',
      '"The sea wall is cracked in three places," Lowell told reporters.',
    ];
    expect(speakerOf(p, 'The sea wall is cracked')).not.toBe('Peter Lowell Banks');
  });
  it('a Malay name called "Mr. Harun" still goes by Harun', () => {
    const p = ['Deputy Trade Minister Datuk Mohd Harun Latif said Kelantia was watching. Mr. Harun said more.', '"Our stand has not changed," Harun told reporters.'];
    expect(speakerOf(p, 'Our stand has not changed')).toBe('Mohd Harun Latif');
  });
});
