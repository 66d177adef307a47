import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2024-03-01');

it('gives a statement set off by dashes after one named among those listed to that one, not to the group', () => {
  const got = speakers([
    'A chorus of harbour captains has made the same point, among them the former harbour master Mara Olsen -- "It is wrong for a modern port to hide its accounts" -- and Ada Velk, a former auditor.',
    "Several skippers agreed, among them Tomas Brandt — ''The quay is simply too short'' — and two of his crew.",
  ]);
  expect(got.get('It is wrong')).toBe('Mara Olsen');
  expect(got.get('The quay is')).toBe('Tomas Brandt');
});

it('leaves a fragment set off by dashes after a name, the writer\'s label for the one named, to nobody named there', () => {
  const got = speakers(['The board praised several pilots, including Mara Olsen -- "a steady hand" -- at the dinner.']);
  expect(got.get('a steady hand')).not.toBe('Mara Olsen');
});
