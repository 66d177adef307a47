import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('gives the pronoun after a question put to one named by a colon to the one asked, not the asker', () => {
  const got = speakers(['A delegate asked Commissioner Lio Banfa: "Is the port open?" She said: "From Monday."']);
  expect(got.get('Is the port open?')).toBe('a delegate');
  expect(got.get('From Monday')).toBe('Lio Banfa');
});

it('leaves the pronoun to no one when the one asked is of the other sex', () => {
  const got = speakers(['A delegate asked Commissioner Oskar Banfa: "Is the port open?" She said: "From Monday."']);
  expect(got.get('From Monday')).toBeNull();
});
