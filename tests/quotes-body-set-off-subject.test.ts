import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// A body's name opening on "The", then a relative clause or a description set off by commas, then its verb and a
// long tail: the body speaks ("The" opens no person's name, but does open many bodies' names; "&" stands inside them).
it('credits a body named with "The" past a clause set off after it', () => {
  const got = speakers([
    'The Oresund H&M Club, which insures about 900 fishing boats, said in a note to members on Monday that calls at the northern quays remained "closed to our boats until further notice."',
    'The Varnholt Group, a mutual insurer, said that calls at the ports were "suspended for the season."',
  ]);
  expect(got.get('closed to our boats')).toBe('the Oresund H&M Club');
  expect(got.get('suspended for the season')).toBe('the Varnholt Group');
});

it('does not make a person of a body named with "The"', () => {
  const got = speakers(['The Varnholt Group, which insures trawlers, said that the harbour was "too shallow for winter."']);
  expect(got.get('too shallow')).not.toBe('Varnholt');
});

// A railway speaks as its operator does.
it('reads a railway as a body that speaks', () => {
  const got = speakers(['The northern division of the state railway said on Monday that the line was "running to timetable."']);
  expect(got.get('running to timetable')).toBe('the northern division of the state railway');
});
