import { expect, it } from 'vitest';
import { pronounMediumQuotes } from '../src/quotes/medium-quoting-pronoun.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Articles written for these tests, with invented people, places and agencies. A body credits a report of what
// someone did; the next sentence has the medium quote "him" as saying the words: he is the one the report was about.

const intro = 'Ren Tavo, the leader of Norland, arrived in Calder on Tuesday.';

it('reads past a body credited in the sentence before when a medium quotes "him" as saying the words', () => {
  const got = speakersByQuote([intro, 'Tavo left the station after a brief ceremony, NCNA said. The agency quoted him as saying "the friendship will last forever."']);
  expect(got.get('the friendship will last forever')).toBe('Ren Tavo');
});

it('still credits no one when a person is credited before, or the one quoting is a person', () => {
  const person = speakersByQuote([intro, 'Tavo left the station after a brief ceremony, Ivo Brand said. The agency quoted him as saying "the friendship will last forever."']);
  expect(person.get('the friendship will last forever')).toBeNull();
  const quoter = speakersByQuote([intro, 'Tavo left the station after a brief ceremony, NCNA said. Brand quoted him as saying "the friendship will last forever."']);
  expect(quoter.get('the friendship will last forever')).toBeNull();
});

it('finds the pronoun a medium quotes', () => {
  expect(pronounMediumQuotes('The agency quoted him as saying that')).toBe('he');
  expect(pronounMediumQuotes('State media cited her as saying')).toBe('she');
  expect(pronounMediumQuotes('It quoted him as telling officials')).toBe('he');
  expect(pronounMediumQuotes('Brand quoted him as saying')).toBeNull();
});
