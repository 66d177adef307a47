import { describe, expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests (invented bodies and places): a body's acronym in brackets right after its name,
// as the subject of a long reporting sentence, is part of the subject; and a body's name after "the" with "of" in it
// ("the Joint Board of Wardens") is a body's, not a person called "Joint Board".
describe('a body named with its acronym in brackets, then a reporting verb', () => {
  it('credits the body across a long sentence and a participle', () => {
    const got = quoteOpeningWith([
      'The Harbour Safety Board (HSB) said in a text message to reporters that the ferry had run aground two hours before the storm began, calling the grounding "a clear failure of seamanship."',
    ]);
    expect(got.get('a clear failure').speaker).toMatch(/Harbour Safety Board/u);
    expect(got.get('a clear failure').kind).toBe('organisation');
  });

  it('leaves a bracket that spells nothing alone (no subject read through it)', () => {
    const got = quoteOpeningWith([
      'The Harbour Safety Board (XQ) said in a text message to reporters that the ferry had run aground two hours before the storm began, calling the grounding "a clear failure of seamanship."',
    ]);
    expect(got.get('a clear failure').speaker ?? null).toBeNull();
  });
});

describe('"the" before capitalised words with "of" and no title', () => {
  it('is a body, not a person named by the words before "of"', () => {
    const got = quoteOpeningWith([
      'The Joint Wardens of Marrow said the dykes would hold, calling the flood "a test we will pass."',
    ]);
    expect(got.get('a test we will pass').kind).toBe('organisation');
  });
});
