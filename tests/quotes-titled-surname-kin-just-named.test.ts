import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits no one with "Ms. X" right after her daughter of that surname was the subject and said nothing', () => {
  expect(speakers(['Wilma Dorrit has kept the inn for forty years.', 'Her daughter, Elke Dorrit, moved back last spring to help. "We never lock the door," Ms. Dorrit said.']).get('We never lock the door')).toBeNull();
  expect(speakers(['Wilma Dorrit, 74, has kept the inn for forty years. Her daughter, Elke Dorrit, 41, moved back last spring. "Nobody books ahead," Mrs. Dorrit said.']).get('Nobody books ahead')).toBeNull();
});

it('keeps "Ms. X" for the one the text is about when the daughter is named only in passing', () => {
  expect(speakers(['Wilma Dorrit has kept the inn for forty years.', 'She runs it with her daughter, Elke Dorrit, who does the books. "We never lock the door," Ms. Dorrit said.']).get('We never lock the door')).toBe('Wilma Dorrit');
});

it('keeps "Ms. X" for the daughter who spoke in the sentence just before', () => {
  const got = speakers(['Wilma Dorrit has kept the inn for forty years. Her daughter, Elke Dorrit, moved back last spring. "I came home to help," Elke Dorrit said. "We never lock the door," Ms. Dorrit said.']);
  expect(got.get('We never lock the door')).toBe('Elke Dorrit');
});
