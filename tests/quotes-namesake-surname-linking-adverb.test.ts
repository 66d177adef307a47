import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: two unrelated people of one surname, a woman and a man; a sentence
// opening on the bare surname with a linking adverb set off ("SURNAME, by contrast, ..."), then '"...," she
// writes.': the pronoun's sex tells which bearer of the surname the sentence was about.

describe('"SURNAME, by contrast, ..." before a pronoun, beside two namesakes of either sex', () => {
  const opening = [
    'Ada Brenner, a former correspondent, has written the better book. "The harbour never sleeps," she writes.',
    'Oskar Brenner, a former naval officer, takes the other road. "A ship never lies," he writes.',
    'Brenner is better on the ships than on the men. "A freighter does not sail empty," he writes.',
  ];

  it('"she" after "SURNAME, by contrast,": the woman', () => {
    const got = speakersByOpening([...opening, 'Brenner, by contrast, hears her subjects. "The captain listened the way a banker listens," she writes of the first night.']);
    expect(got.get('The captain listened')).toBe('Ada Brenner');
  });

  it('"he" after "SURNAME, however,": the man', () => {
    const got = speakersByOpening([...opening, 'Brenner, however, hears his subjects. "The captain listened the way a banker listens," he writes of the first night.']);
    expect(got.get('The captain listened')).toBe('Oskar Brenner');
  });

  it('the bare surname after the last quote was already the man\'s', () => {
    expect(speakersByOpening(opening).get('A freighter does')).toBe('Oskar Brenner');
  });

  it('"for her part" too', () => {
    const got = speakersByOpening([...opening, 'Brenner, for her part, hears her subjects. "The captain listened the way a banker listens," she writes of the first night.']);
    expect(got.get('The captain listened')).toBe('Ada Brenner');
  });
});
