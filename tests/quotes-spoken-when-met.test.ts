import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Talk opens a sentence with a word set off ("Look,", "Well,") before "when I met ...": the one the speaker met,
// only described, is the "he" of the main clause, as after a capitalised "When I met ...".
const before = 'Tomas Brandt runs a chandlery by the quay. "Trade is slow this year," he said.';

it('gives the "he" after "Look, when I met a DESCRIPTION, he told me" to the one described', () => {
  const after = 'Look, when I met a retired harbour pilot last spring, he told me, "The ice comes earlier every year."';
  expect(speakerOf([before, after], 'The ice comes')).toBe('a retired harbour pilot');
});

it('reads a transcript turn that opens so the same way, not the man named before', () => {
  const turns = [
    'TOMAS BRANDT: Welcome back to the show.',
    'MARA OLSEN: Thanks for having me.',
    'BRANDT: So what happens to the ferries now?',
    'OLSEN: Hard to say. Well, when I spoke to a retired harbour pilot in May, he told me, "The ice comes earlier every year." He was right.',
  ];
  expect(speakerOf(turns, 'The ice comes')).toBe('a retired harbour pilot');
});

it('keeps the capitalised clause of time as it was', () => {
  const after = 'When I met a retired harbour pilot last spring, he told me, "The ice comes earlier every year."';
  expect(speakerOf([before, after], 'The ice comes')).toBe('a retired harbour pilot');
});

it('names the one met without the preposition of when that follows the description', () => {
  const after = 'When I spoke to a retired harbour pilot in May, he told me, "The ice comes earlier every year."';
  expect(speakerOf([before, after], 'The ice comes')).toBe('a retired harbour pilot');
});
