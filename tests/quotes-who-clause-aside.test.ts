import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// A "who" clause whose verb of speech holds the quote, with an adjunct of time set off by commas inside it: the
// clause reads on past the adjunct, and the antecedent speaks; a pronoun after it then means her.
it('reads a "who" clause past an adjunct set off inside it', () => {
  const got = speakers([
    'The loudest objection came, as ever, from Professor Wilma Trask, who lectures on ports at the college and who has, over the years, called my pieces "tide tables with adjectives."',
    'On Friday she told me that the new quay was "the costliest pier on the coast."',
    '"It will silt up in ten years," she said.',
  ]);
  expect(got.get('tide tables')).toBe('Wilma Trask');
  expect(got.get('the costliest pier')).toBe('Wilma Trask');
  expect(got.get('It will silt up')).toBe('Wilma Trask');
});

it('does not read past an aside that holds a clause of its own', () => {
  const got = speakers(['We met Dag Moen, who, Ella Ruud said, called the pier "a folly."']);
  expect(got.get('a folly')).not.toBe('Dag Moen');
});
