import { expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

it('reads a bare "Police" as the subject of a verb of saying as a body, not a person', () => {
  const paras = [
    'Police say they have "enough officers" for the harbour festival in Kellby this weekend.',
    'Military said: "The exercise on the moor will end on Friday."',
  ];
  const quotes = quoteOpeningWith(paras);
  expect(quotes.get('enough officers')).toEqual({ speaker: 'Police', kind: 'organisation' });
  expect(quotes.get('The exercise')).toEqual({ speaker: 'Military', kind: 'organisation' });
});
