import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits nobody with words a condition or a forecast puts in someone’s mouth', () => {
  const got = speakers([
    'If the harbour chief, Orla Venn, says "no" to the marina, the traders will march.',
    'The board will walk out unless chairman Ilias Dorne calls the merger "final" on Monday.',
    'Growers fear Agriculture Minister Tamsin Quirke will call the drought "manageable" again.',
    'Fans expect captain Bertil Ostrom to declare "we are staying" before the final.',
    'Quirke said on Friday: "The rain will come."',
  ]);
  expect(got.get('no')).toBeNull();
  expect(got.get('final')).toBeNull();
  expect(got.get('manageable')).toBeNull();
  expect(got.get('we are staying')).toBeNull();
  expect(got.get('The rain will come')).toBe('Tamsin Quirke');
});

it('credits nobody with words hearsay reports, or words two people are both said not to have used', () => {
  const got = speakers([
    'Rumour has it that the warden, Gideon Parr, told the guards "look away" that night.',
    'Word in the market is that trader Nell Ashdown called the new stalls "rabbit hutches".',
    'Neither Corin Vale nor his partner, Ruth Vale, said "the shop is finished", as a blog claimed.',
    'Parr said on Monday: "I gave no such order."',
  ]);
  expect(got.get('look away')).toBeNull();
  expect(got.get('rabbit hutches')).toBeNull();
  expect(got.get('the shop is finished')).toBeNull();
  expect(got.get('I gave no such order')).toBe('Gideon Parr');
});
