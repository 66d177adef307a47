import { expect, it } from 'vitest';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads no one described in a phrase that closes on the clause\'s own subject pronoun', () => {
  expect(parseSpeakerPhrase('a teacher for 20 years I')).toBeNull();
  expect(parseSpeakerPhrase('a farmer all my life we')).toBeNull();
  expect(parseSpeakerPhrase('Charles I')).not.toBeNull();
});

it('credits no described "nurse for 30 years I" with a letter writer\'s words', () => {
  const got = speakers(['As a midwife for 25 years I say this plainly: "The ward cannot cope."', 'Solveig Rand, Hamar']);
  expect(got.get('The ward cannot cope') ?? '').not.toMatch(/years/u);
});
