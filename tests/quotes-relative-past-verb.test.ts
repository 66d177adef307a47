import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// "a message that showed masked men warning of ...": the relative pronoun is the subject of the past verb after
// it, so the words after that verb are its object, never a speaker described.
it('takes no speaker from the object of a past verb right after a relative pronoun', () => {
  const got = speakers([
    'A group pressing for the ferry line to close before the May vote posted a clip online that showed Ostrava Guard volunteers warning of a "harbour-wide disaster" if the line stayed open.',
  ]);
  expect(got.get('harbour-wide disaster') ?? '').not.toMatch(/showed/u);
});

it('still reads a noun phrase opened by a past form that is an adjective after "that"', () => {
  const got = speakers(['The harbour master told the board that retired pilots warned of "a long, wet winter" on the quays.']);
  expect(got.get('a long, wet winter')).toBe('retired pilots');
});
