import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: a surname opening on a lowercase particle
// ("von", "van der") in an "as SURNAME puts it" credit is the whole surname, not a title before a bare surname
// that an unrelated person of the text bears alone.
describe('as von SURNAME puts it: "..."', () => {
  it('is the one of the particled surname, not the namesake without it', () => {
    const got = speakersByQuote([
      'For Prof. Dr. Hans-Peter von Lindau, the talks held no surprise. "It was a long-planned visit," says the historian.',
      'Greta Lindau, who is not related to the professor, runs a bakery in Wessel. "My flour costs twice as much," Lindau says.',
      'For now, Europe can only watch. Or, as von Lindau puts it: "We are the audience, not the actors."',
    ]);
    expect(got.get('We are the audience, not the actors')).toBe('Hans-Peter von Lindau');
    expect(got.get('My flour costs twice as much')).toBe('Greta Lindau');
  });
  it('a two-word particle', () => {
    const got = speakersByQuote([
      'Marit van der Hoek, a port economist, said the Veldam fleet had shrunk by a third. "We lost the big trawlers first," she said.',
      'Joost Hoek, a trawler captain, sold his boat in March. "Nobody wanted it," Hoek said.',
      'The quays are quiet now. As van der Hoek put it: "The harbour is a museum with cranes."',
    ]);
    expect(got.get('The harbour is a museum with cranes')).toBe('Marit van der Hoek');
    expect(got.get('Nobody wanted it')).toBe('Joost Hoek');
  });
});
