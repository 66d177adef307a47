import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A common word capitalised because it opens a quotation or a sentence ("Maybe Kask is right.") makes no full
// name with the surname after it: a bare "Kask" elsewhere is not a person "Maybe Kask".
it('does not give a bare surname to a "Maybe SURNAME" that opens a later quotation', () => {
  const turns = [
    'TOMAS BRANDT: Welcome back.',
    'MARA OLSEN: Thanks. Kask said the port was "closing down for good," and he meant it.',
    'BRANDT: A listener writes, "Maybe Kask is right about the port."',
  ];
  expect(speakerOf(turns, 'closing down for good')).toBe('Kask');
});

it('still reads a real full name with that surname', () => {
  const paras = [
    'Harbour master Ivo Kask met the ferry crews on Monday. He said the port was "closing down for good."',
    'A listener wrote in: "Maybe Kask is right about the port."',
  ];
  expect(speakerOf(paras, 'closing down for good')).toBe('Ivo Kask');
});
