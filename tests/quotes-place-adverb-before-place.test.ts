import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// "A diplomat here in Bergen said ...": "here" only says where the one described is, as "in Bergen" does; the
// diplomat speaks, never the city.
it('gives "A DESCRIPTION here in CITY said to me" to the one described, not the city', () => {
  const paras = ['Mara Olsen runs the kiosk by the pier.', 'A diplomat here in Bergen said to me on Monday night, "The ferries are late again."'];
  expect(speakerOf(paras, 'The ferries')).toBe('a diplomat in Bergen');
});

it('does so with a description set off after it, in a transcript turn', () => {
  const turns = ['TOMAS BRANDT: Welcome back.', 'MARA OLSEN: Thanks. A diplomat here in Bergen, a very senior one, said to me on Monday night, "The ferries are late again." And I agree.', 'BRANDT: Hm.'];
  expect(speakerOf(turns, 'The ferries')).toBe('a diplomat in Bergen');
});
