import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits the subject of "said", not the source "according to" names between the verb and "that"', () => {
  const got = speakers([
    'The Veldan interior ministry, for its part, said, according to the news agency Norpress, that the border talks had been "useful and frank."',
    'The city council said, according to the Kessel Gazette, that the new pier was "years away."',
    'The ferry strike will go on, according to the Kessel Gazette.',
  ]);
  expect(got.get('useful and frank')).toBe('the Veldan interior ministry');
  expect(got.get('years away')).toBe('the city council');
});
