import { expect, it } from 'vitest';
import { handleDescribed } from '../src/quotes/handle-description.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Session 56 (w5): "the user" (commenter, poster, redditor) after a paragraph that named one forum user by a "u/"
// handle is that user.

it('ties "the user" to the one handle the paragraph named', () => {
  const got = speakersByQuote([
    'The ferry thread filled up within an hour.',
    'That drew a sharp answer from u/quay_lantern. "Late again? The boat is a museum piece," the user wrote. "Museums do not sail."',
  ]);
  expect(got.get('Late again? The boat is a museum piece')).toBe('quay_lantern');
  expect(got.get('Museums do not sail')).toBe('quay_lantern');
  const mod = speakersByQuote(['A moderator, u/fjell_marker, later said the thread had drawn two thousand replies. "We deleted the fake timetables," the moderator said.']);
  expect(mod.get('We deleted the fake timetables')).toBe('fjell_marker');
});

it('leaves the description when two handles, or another user brought in by a noun, stand before it', () => {
  expect(handleDescribed('user', 'That drew answers from u/quay_lantern and u/ostby_rail. ')).toBe(null);
  expect(handleDescribed('user', 'u/quay_lantern mocked a user who posted the old timetable. ')).toBe(null);
  expect(handleDescribed('user', 'Another user, u/quay_lantern, was scathing. ')).toBe('quay_lantern');
  expect(handleDescribed('moderator', 'That drew a sharp answer from u/quay_lantern. ')).toBe(null);
  expect(handleDescribed('moderator', 'A moderator, u/quay_lantern, said the thread was locked. ')).toBe('quay_lantern');
});
