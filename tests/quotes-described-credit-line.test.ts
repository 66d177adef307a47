import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a box of quotes, each paragraph of words credited by a dash line under it,
// some lines describing a nameless speaker.
const box = [
  'Remarks of the day from the Tolvik talks.',
  '"We came here for the rockets, and we will see them."',
  '— Petra Lunn, 58, Varnian foreign minister',
  '"We are watching very closely. Any deal would break the embargo."',
  '— an Oskel foreign ministry official, speaking on condition of anonymity',
  '"The words were for domestic ears."',
  '— the same official, later',
  '"Nobody told the village anything."',
  '— two bakers in Tolvik',
];

describe('a dash line describing one nameless speaker under a paragraph of quotes', () => {
  it('credits the one described by "a" or "an"', () => {
    expect(speakerOf(box, 'watching very closely')).toBe('an Oskel foreign ministry official');
  });
  it('credits no one for a plural', () => {
    expect(speakerOf(box, 'Nobody told the village')).toBeNull();
  });
  it('still credits a name on its line', () => {
    expect(speakerOf(box, 'came here for the rockets')).toBe('Petra Lunn');
  });
});
