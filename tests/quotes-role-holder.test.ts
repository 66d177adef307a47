import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('gives "the chair" to the one person the document named as its department chair', () => {
  const paragraphs = [
    'The history department will host a talk on the harbour next Monday. Tom Hale, the department chair, said all students are welcome.',
    '"We want the students to quarrel in public," the chair said. "Politely, but out loud."',
  ];
  expect(speakerOf(paragraphs, 'quarrel in public')).toBe('Tom Hale');
  expect(speakerOf(paragraphs, 'Politely')).toBe('Tom Hale');
});

it('gives it to no one when two people named hold such a role, or none does', () => {
  const two = [
    'Tom Hale, the department chair, and Mara Olsen, the board chair, opened the talk.',
    '"We want the students to quarrel in public," the chair said.',
  ];
  expect(speakerOf(two, 'quarrel in public')).toBeNull();
  expect(speakerOf(['The talk opened late.', '"We want the students to quarrel in public," the chair said.'], 'quarrel in public')).toBeNull();
});
