import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: a sentence whose subject is a named person's own words ("NAME's own
// words at the dinner were warmer") gives the floor to that person, and the "he" opening the next sentence is theirs,
// though that sentence names the one he addresses ("He told NAME2 that ..."), who cannot be the "he".

it("reads the \"he\" after \"NAME's own words ... were\" as the owner, past the one his verb addresses", () => {
  const got = speakersByOpening([
    'Governor Tom Roe met Mayor Piet Kask in Valdor on Tuesday.',
    'The analyst Ivo Brand posted online: "Watch the ferries, not the speeches."',
    'Roe\'s own words at the dinner were warmer than I expected. He told Kask that the two towns would "always be together" in the fight.',
  ]);
  expect(got.get('always be together')).toBe('Tom Roe');
});

it('reads the owner named by a family name written first', () => {
  const got = speakersByOpening([
    'Governor Ro Min-jae met Mayor Piet Kask in Valdor on Tuesday.',
    'The analyst Ivo Brand posted online: "Watch the ferries, not the speeches."',
    'Ro\'s own words at the dinner were warmer than I expected. He told Kask that the two towns would "always be together" in the fight.',
  ]);
  expect(got.get('always be together')).toBe('Ro Min-jae');
});

it('leaves the owner out when the pronoun addresses the owner', () => {
  const got = speakersByOpening([
    'Governor Tom Roe met Mayor Piet Kask in Valdor on Tuesday.',
    'Roe\'s own words at the dinner were warmer than I expected. He told Roe that the two towns would "always be together" in the fight.',
  ]);
  expect(got.get('always be together')).not.toBe('Tom Roe');
});
