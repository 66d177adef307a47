import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a rank held in a named armed service ("former Army colonel") is kept after
// the officer leaves it, as a retired one's is, so "The colonel laughed." later is that officer, the "he said" of
// the quote after. A rank with no service named ("former colonel", "former team captain") may be a team's or a
// ship's that another now holds, and stays untold.
const passage = (first: string, head: string): string[] => [
  `${first} Piet Varga said the choice of venue was no accident.`,
  `His daughter Lena Varga, a policy expert at a city university, was more cautious. She said the talks "may come to nothing".`,
  `The ${head} laughed when told of his daughter's verdict.`,
  '"She has always been the careful one," he said.',
];

describe('"the colonel" for a former Army colonel', () => {
  it('"Former Army colonel" keeps the rank', () => {
    expect(speakerOf(passage('Former Army colonel', 'colonel'), 'careful one')).toBe('Piet Varga');
  });

  it('"Former Navy captain" keeps the rank', () => {
    expect(speakerOf(passage('Former Navy captain', 'captain'), 'careful one')).toBe('Piet Varga');
  });

  it('a former team captain is no "the captain" now', () => {
    expect(speakerOf(passage('Former team captain', 'captain'), 'careful one')).not.toBe('Piet Varga');
  });
});
