import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: a day or date after a preposition ("on Tuesday", "late on Sunday", "on the 20th")
// between a described subject, or a body's name after "the", and its verb tells when, and is no part of the subject,
// so a participle of saying at the end of a long clause speaks for the subject.
it('"The Harbour Press Bureau on the 20th carried a long account ..., saying NAME had "..."" is the bureau\'s', () => {
  const paras = ['The Vannhavn Press Bureau on the 20th carried a long account of the governor\'s return from the islands, saying Mara Olsen had "opened a new chapter" in relations with the north.'];
  expect(speakerOf(paras, 'opened a new chapter')).toBe('the Vannhavn Press Bureau');
});
it('"The ministry late on Sunday issued a statement, saying "..."" is the ministry\'s', () => {
  const paras = ['The ministry late on Sunday issued a statement on the floods, saying "every family will be housed".'];
  expect(speakerOf(paras, 'every family')).toBe('the ministry');
});
it('reads the day apart from a described subject', () => {
  expect(parseSpeakerPhrase('The bureau on Tuesday')).toMatchObject({ type: 'description', text: 'the bureau', head: 'bureau' });
  expect(parseSpeakerPhrase('The ministry late on Sunday')).toMatchObject({ type: 'description', text: 'the ministry' });
});
