import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A profile paragraph brings one person in by full name, no one speaking there; a quote opening the next paragraph
// credited to a definite description with a noun the text never used ("the beekeeper") is that person's.
const opening = 'KARVALA - The summit drew little notice in the hill villages on Thursday.';
const quote = '"They can meet wherever they want," the beekeeper said, leaning on his fence.';

it('reads a fresh epithet opening a paragraph as the one person the paragraph before brought in', () => {
  const paragraphs = [opening, 'In the hills, few people watched. Oskar Temberg, 62, has kept bees near Lindvik for four decades. He heard about the meeting on the radio.', quote];
  expect(speakerOf(paragraphs, 'They can meet wherever')).toBe('Oskar Temberg');
});

it('leaves the epithet to no one named when the paragraph before brings in two people', () => {
  const paragraphs = [opening, 'Oskar Temberg, 62, has kept bees near Lindvik for four decades with his neighbour Ivo Rask. They heard about the meeting on the radio.', quote];
  expect(speakerOf(paragraphs, 'They can meet wherever')).not.toBe('Oskar Temberg');
  expect(speakerOf(paragraphs, 'They can meet wherever')).not.toBe('Ivo Rask');
});

it('leaves the epithet to no one named when the person is named only inside a sentence about something else', () => {
  const paragraphs = [opening, 'The radio station run by Oskar Temberg carried the news all day.', quote];
  expect(speakerOf(paragraphs, 'They can meet wherever')).not.toBe('Oskar Temberg');
});

it('leaves an office held now ("the mayor") to no one named: it brings in the holder, not the one profiled', () => {
  const paragraphs = [opening, 'In the hills, few people watched. Oskar Temberg, 62, has kept bees near Lindvik for four decades. He heard about the meeting on the radio.', '"They can meet wherever they want," the mayor said.'];
  expect(speakerOf(paragraphs, 'They can meet wherever')).not.toBe('Oskar Temberg');
});

it('leaves the epithet to no one named when the one brought in was given a role it does not fit', () => {
  const paragraphs = [opening, 'Oskar Temberg, a fellow passenger on the delayed bus, said the heating had failed.', quote];
  expect(speakerOf(paragraphs, 'They can meet wherever')).not.toBe('Oskar Temberg');
});
