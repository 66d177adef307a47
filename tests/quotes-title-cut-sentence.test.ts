import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('ends a sentence on a short surname after "said" when the next opens with no name ("Across the harbour,")', () => {
  const got = speakers(['"The season is over," said Diaz. Across the harbour, "steady as she goes" was the watchword at the yard.']);
  expect(got.get('The season is over')).toBe('Diaz');
  expect(got.get('steady as she goes')).toBeFalsy();
});

it('ends it too before an adverb set off by its comma', () => {
  const got = speakers(['"The season is over," said Diaz. Afterwards, "a fresh start" was the phrase on every poster.']);
  expect(got.get('a fresh start')).toBeFalsy();
});

it('still joins a title\'s abbreviation the splitter does not know to the name after it', () => {
  const got = speakers(['"The vote will pass," said Del. Mara Quint, a member for the valley.']);
  expect(got.get('The vote will pass')).toBe('Mara Quint');
});
