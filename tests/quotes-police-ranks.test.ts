import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads British police ranks and "Cllr" as titles, not as part of the name', () => {
  const got = speakers([
    'Chief Constable Petra Lund said: "We will find them."',
    'Chief Superintendent Owen Marr said: "The roads stay shut."',
    '"We never argue at dinner," Cllr Rosa Beale said.',
  ]);
  expect(got.get('We will find them')).toBe('Petra Lund');
  expect(got.get('The roads stay shut')).toBe('Owen Marr');
  expect(got.get('We never argue at dinner')).toBe('Rosa Beale');
});
