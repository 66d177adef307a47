import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// "the spokesman" after a paragraph that names one spokesman and then brings in another by "a" ("a spokesman for
// the port had called him") may be either: the one named is no safe answer.
const first = 'The transport ministry\'s spokesman, Haldor Vrenne, said the night ferry would sail on Monday.';

it('gives the named spokesman no quote when a newcomer of that role is brought in after him in the paragraph', () => {
  const paragraphs = [first, 'Vrenne said a spokesman for the Kessby port had called him at dawn. "The ferry is not going anywhere," the spokesman said.'];
  expect(speakerOf(paragraphs, 'The ferry is not going')).not.toBe('Haldor Vrenne');
});

it('still gives it to him when the paragraph brings no one else of that role in', () => {
  const paragraphs = [first, 'Vrenne said the port had called him at dawn. "The ferry is not going anywhere," the spokesman said.'];
  expect(speakerOf(paragraphs, 'The ferry is not going')).toBe('Haldor Vrenne');
});
