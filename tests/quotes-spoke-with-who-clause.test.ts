import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('never gives a quote inside the "who" clause on the one spoken with to the one who spoke with them', () => {
  const got = speakers([
    'Prime Minister Ada Verno said the visit was a mistake.',
    'Cabinet sources said the premier had spoken by telephone with the Ostrian president, Tomas Rell, who thanked Lorvia for its "firm stance".',
    'Ada Verno had also talked to Jon Bastrup, who wanted "more time" before any vote.',
  ]);
  expect(got.get('firm stance')).not.toBe('the premier');
  expect(got.get('firm stance')).not.toBe('Ada Verno');
  expect(got.get('more time')).not.toBe('Ada Verno');
});

it('keeps the words of a "who" clause that has its own verb of saying', () => {
  const got = speakers(['Ada Verno spoke with Tomas Rell, who praised the "quiet courage" of the crews.']);
  expect(got.get('quiet courage')).toBe('Tomas Rell');
});
