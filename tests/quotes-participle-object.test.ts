import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// A name that is the object of a participle hung on the subject's noun ("Voters backing Dorian Pike said") is
// not the subject of the verb after it: the name is not credited (the noun is unsure; no one is).

it('does not credit the object of a participle inside the subject', () => {
  const got = speakersByOpening([
    '"The whole coast felt it that spring," Telma Voss said. A small county electing Dorian Pike announced "a turn of the tide for the coast."',
    'Voters backing Dorian Pike said the plan was "a fresh start for the valley."',
  ]);
  expect(got.get('a turn of')).toBeNull();
  expect(got.get('a fresh start')).toBeNull();
});

it('still credits a name that is the subject itself', () => {
  const got = speakersByOpening([
    'Mayor Dorian Pike said the plan was "a fresh start for the valley."',
    'After a long meeting Telma Voss said the vote was "a good day for the town."',
  ]);
  expect(got.get('a fresh start')).toBe('Dorian Pike');
  expect(got.get('a good day')).toBe('Telma Voss');
});
