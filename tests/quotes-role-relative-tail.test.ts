import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A role set off after a name may hold a relative clause that tells of someone else ("a teacher at the school where
// the headmaster ... has worked"); the role is the words before "where", so "the headmaster" later is not the teacher.
const quote = '"We will close the hall on Friday if nothing is fixed," the headmaster said.';

it('gives a teacher no role of the headmaster a "where" clause in her role tells of', () => {
  const paragraphs = ['Her colleague Wenna Darrow, a teacher at the school where the headmaster, Pol Ambery, has worked since 1991, said the boiler had failed again.', quote];
  expect(speakerOf(paragraphs, 'We will close the hall')).not.toBe('Wenna Darrow');
});

it('does so without the fellowship word and without the headmaster named', () => {
  const paragraphs = ['Wenna Darrow, a teacher at the school where the headmaster has worked since 1991, said the boiler had failed again.', quote];
  expect(speakerOf(paragraphs, 'We will close the hall')).not.toBe('Wenna Darrow');
});

it('still ties the role itself ("the teacher") to her', () => {
  const paragraphs = ['Wenna Darrow, a teacher at the school where the headmaster has worked since 1991, said the boiler had failed again.', '"We will close the hall on Friday if nothing is fixed," the teacher said.'];
  expect(speakerOf(paragraphs, 'We will close the hall')).toBe('Wenna Darrow');
});
