import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Words put to someone by a passive verb of telling or sending right before the quote ("he had been texted "..." by
// his sister", "she was told: "..."") are not the words of the one reporting, nor of the one told.

it('gives the one who was texted no credit for the text', () => {
  const paragraphs = ['Orvin Tesk told the inquiry that he had been texted "stay where you are" by his sister, Ragna Tesk.'];
  expect(speakerOf(paragraphs, 'stay where you are')).not.toBe('Orvin Tesk');
});

it('gives the one who reports being told no credit for the order', () => {
  const paragraphs = ['Dalla Moor said she was told: "Leave the keys on the table and go."'];
  expect(speakerOf(paragraphs, 'Leave the keys')).not.toBe('Dalla Moor');
});

it('still credits the one who reports sending a text', () => {
  const paragraphs = ['Dalla Moor said she had texted her neighbour "the road is gone" at midnight.'];
  expect(speakerOf(paragraphs, 'the road is gone')).toBe('Dalla Moor');
});

it('leaves an order told as an infinitive to the one who reports it', () => {
  const paragraphs = ['In the letter, Orvin Tesk wrote that the crews had been told "to smile at the guests and say nothing about the cold."'];
  expect(speakerOf(paragraphs, 'to smile at the guests')).toBe('Orvin Tesk');
});
