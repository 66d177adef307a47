import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a sentence telling that someone named spoke ("spoke to reporters", "spoke
// at length") is reported speech, so a full sentence quoted on its own right after it is that person's words;
// not after "spoke with" or "spoke to" another person named, where either may speak next.
it('"NAME spoke to reporters ..." then a quoted sentence standing alone', () => {
  const paras = ['Mirela Castany, the ferry operator, spoke to reporters at the quay on Thursday. "We will keep the winter timetable whatever the council decides."'];
  expect(speakerOf(paras, 'winter timetable')).toBe('Mirela Castany');
});

it('"spoke at length" in the paragraph before a quoted paragraph', () => {
  const paras = ['Mirela Castany spoke at length about the crossing.', '"Nobody on the island wants a bridge. They want a boat that runs on time."'];
  expect(speakerOf(paras, 'Nobody on the island')).toBe('Mirela Castany');
});

it('"spoke with" another person named leaves the quote to no one', () => {
  const paras = ['Mirela Castany spoke with Oskar Lindqvist at the quay on Thursday. "We will keep the winter timetable."'];
  expect(speakerOf(paras, 'winter timetable')).toBeNull();
});
