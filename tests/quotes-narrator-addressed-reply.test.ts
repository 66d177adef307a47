import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): the writer, as "I", puts something to a named
// person ("I told Verrin as much", "I wrote to Verrin"); a reply credited to "he" or "she" in the next sentence
// ("he wrote back", "she replied") is that person's, though another of that sex spoke in between.
const opening = [
  'Posted by Ada Quell, lecturer in harbour history.',
  'When I met Tomas Verrin in Darrow last year, he told me: "The guilds never asked for bread."',
  'His former colleague Pavel Ostrov disagreed. "The guilds asked for everything," Ostrov said.',
];

describe('a reply after the writer addressed a named person', () => {
  it('"I told SURNAME as much .... "...," he wrote back, "..."" is that person, both parts', () => {
    const got = speakersByQuote([
      ...opening,
      'I told Verrin as much when we spoke again. "Then we agree," he wrote back, "except that bread is the expensive part."',
    ]);
    expect(got.get('Then we agree')).toBe('Tomas Verrin');
    expect(got.get('except that bread is the expensive part')).toBe('Tomas Verrin');
  });

  it('"I wrote to SURNAME again .... "...," he wrote back." likewise', () => {
    const got = speakersByQuote([
      ...opening,
      'I wrote to Verrin again after the vote. "Then we agree," he wrote back.',
    ]);
    expect(got.get('Then we agree')).toBe('Tomas Verrin');
  });
});
