import { expect, it } from 'vitest';
import { usernameCredit } from '../src/quotes/username-credit.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Session 56 (w5): `u/NAME quoted ..., "...," and added: "..."`: the verb joined by "and" has the handle as its
// subject, so the words after the colon are the user's; not when a relative clause or another handle stands between.

it('credits the handle with the words after a joined "and added:"', () => {
  const got = speakersByQuote(['In a reply to that, u/gull_watch42 quoted the harbourmaster\'s own answer to reporters, "We built it to last," and added: "She said it on camera, word for word."']);
  expect(got.get('She said it on camera, word for word')).toBe('gull_watch42');
});

it('leaves the joined verb when someone else may be its subject', () => {
  expect(usernameCredit('u/gull_watch42 quoted the harbourmaster, who said "_____," and added: ', null)).toBe(null);
  expect(usernameCredit('u/gull_watch42 quoted u/pier_owl, "_____," and added: ', null)).toBe(null);
  expect(usernameCredit('u/gull_watch42 quoted the harbourmaster, "_____," and added: ', null)).toBe('gull_watch42');
});
