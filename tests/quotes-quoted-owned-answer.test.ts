import { expect, it } from 'vitest';
import { quotedOwnersWords } from '../src/quotes/quoted-owned-answer.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Session 56 (w5): `NAME quoted NAME2's own answer to reporters, "...,"`: the words set off after the named owner's
// noun of speech are the owner's, not the one who quotes them.

it('gives the quoted answer to its owner and the words after "and added:" to the one quoting', () => {
  const got = speakersByQuote(['Mayor Tove Lindqvist spoke at the pier on Monday. The blogger Ada Brisk quoted Lindqvist\'s own answer to reporters, "We built it to last," and added: "She said it on camera."']);
  expect(got.get('We built it to last')).toBe('Tove Lindqvist');
  expect(got.get('She said it on camera')).toBe('Ada Brisk');
});

it('reads only a verb of quoting with a named owner and the comma before the words', () => {
  expect(quotedOwnersWords('Ada Brisk quoted Lindqvist\'s answer, ')).toBe('Lindqvist');
  expect(quotedOwnersWords('Ada Brisk praised Lindqvist\'s answer, ')).toBe(null);
  expect(quotedOwnersWords('Ada Brisk quoted the mayor\'s answer, ')).toBe(null);
  expect(quotedOwnersWords('Ada Brisk quoted Lindqvist\'s answer and said ')).toBe(null);
});
