import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('gives a bare quote after "Another delegate disagreed." to that delegate', () => {
  const paragraphs = ['The harbour board met on Tuesday to discuss the ferry timetable.', 'Another delegate disagreed. "The ferries carry more than fish."'];
  expect(speakerOf(paragraphs, 'more than fish')).toBe('another delegate');
});

it('gives "she said" after "Asked by the chair whether ..., a former customs officer was firm." to the officer', () => {
  const paragraphs = [
    'The harbour board met on Tuesday to discuss the ferry timetable.',
    'Asked by the chair whether the port still mattered, a former customs officer was firm. "The ferries carry more than fish," she said.',
  ];
  expect(speakerOf(paragraphs, 'more than fish')).toBe('a former customs officer');
});
