import { expect, it } from 'vitest';
import { usernameCredit } from '../src/quotes/username-credit.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Session 56 (w5): a forum user named by a "u/" handle is credited by verbs of taking a side or answering back
// ("disagreed:", "retorted:") before the quote, and by "asked" after a question, as by "wrote" or "replied".

it('credits the handle that disagreed before the quote, and the one that asked after it', () => {
  const got = speakersByQuote([
    'On the ferry forum, the user u/harbour_gull wrote that the timetable was "a work of fiction".',
    'Another user, u/tarn_walker22, disagreed: "The boats are late because the pier is old."',
    '"Who paid for the new pier, then?" u/tarn_walker22 asked.',
    'A third, u/oskel_fen, retorted: "Nobody yet."',
  ]);
  expect(got.get('The boats are late because the pier is old')).toBe('tarn_walker22');
  expect(got.get('Who paid for the new pier, then?')).toBe('tarn_walker22');
  expect(got.get('Nobody yet')).toBe('oskel_fen');
});

it('reads the new verbs only with the handle as their subject', () => {
  expect(usernameCredit('Another user, u/tarn_walker22, disagreed: ', null)).toBe('tarn_walker22');
  expect(usernameCredit('', ' u/tarn_walker22 asked.')).toBe('tarn_walker22');
  expect(usernameCredit('Several users disagreed with u/tarn_walker22 and the moderators, who noted: ', null)).toBe(null);
});
