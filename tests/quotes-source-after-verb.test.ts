import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits the subject of the verb, not the source set off after it, with the words that follow "that"', () => {
  const got = speakers([
    'The cabinet of Premier Odile Marchetti met for six hours on Wednesday.',
    'Trade minister Bram Okonkwo told the cabinet on Wednesday, according to three officials present, that the tariff was "a gift to our rivals".',
    'Marchetti replied, according to the same officials, that it was "staying whatever happens".',
    'Okonkwo told Marchetti, according to an aide who overheard, that "nobody will thank us".',
    'According to a senior official, the meeting was "tense".',
  ]);
  expect(got.get('a gift to our rivals')).toBe('Bram Okonkwo');
  expect(got.get('staying whatever happens')).toBe('Odile Marchetti');
  expect(got.get('nobody will thank us')).toBe('Bram Okonkwo');
  expect(got.get('tense')).toBe('a senior official');
});
