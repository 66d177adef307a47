import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

it('gives words an absolute clause of several people set off by commas calls something to no one, not the sentence\'s subject', () => {
  const got = speakersByQuote(['The Verlund council backed the plan on Monday, with Mara Kellow, a minister, and her deputy calling it "a disgrace".']);
  expect(got.get('a disgrace')).toBeNull();
});

it('still gives them to one named subject of the clause, or a role and a name set off', () => {
  const got = speakersByQuote(['The council backed the plan, with Tobin Straade calling it "a triumph".', 'The board backed it too, with the mayor, Ilse Varga, calling it "a relief".']);
  expect(got.get('a triumph')).toBe('Tobin Straade');
  expect(got.get('a relief')).toBe('Ilse Varga');
});

it('registers a one-word role WordNet has only as a person ("a consul") set off after the second of two names', () => {
  const got = speakersByQuote(['Mara Kellow, a trade envoy, and Tobin Straade, a consul, met in Verlund on Monday.', '"The port stays open," the consul said.']);
  expect(got.get('The port stays open')).toBe('Tobin Straade');
});
