import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// A body's name may hold small words between its capitalised ones ("Coalition to Save Our Libraries"); when the
// acronym in brackets after it spells the initials of the whole run ("(CSOL)"), the name is the whole run, not
// its first word cut at "to".

it('reads a body named with small words inside, as its bracketed acronym spells it', () => {
  const got = speakersByOpening([
    'The "read-out" drew about 300 readers to the town square on Saturday, according to the Coalition to Save Our Libraries (CSOL), which planned it.',
  ]);
  expect(got.get('read-out')).toBe('the Coalition to Save Our Libraries');
});

it('does not stretch a name when the acronym spells something else', () => {
  const got = speakersByOpening([
    'The "read-in" drew about 300 readers to the town square on Saturday, according to the organizer Ana Pell to Save Our Libraries (XYZ).',
  ]);
  expect(got.get('read-in')).not.toBe('Ana Pell to Save Our Libraries');
});
