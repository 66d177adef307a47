import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// 'NAME said he had texted her "..."': the inner "he" who sent the words is not a teller the name lists know to be
// a woman; the text does not name him, so no one is credited.

it('gives a woman reporting what "he had texted her" no credit for the text', () => {
  const paragraphs = ['Margaret Holm said he had texted her "the road is gone" a little after midnight.'];
  expect(speakerOf(paragraphs, 'the road is gone')).not.toBe('Margaret Holm');
});

it('still credits her when the inner "she" may be herself', () => {
  const paragraphs = ['Margaret Holm said she had texted him "the road is gone" a little after midnight.'];
  expect(speakerOf(paragraphs, 'the road is gone')).toBe('Margaret Holm');
});
