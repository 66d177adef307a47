import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { kinOpening } from '../src/quotes/kin-opening.ts';

// Sentences and names written for these tests: a grandfather and his grandson of one surname, the grandfather
// named last; a sentence opening on "His grandson" takes the next bare surname from the grandfather, and since the
// grandson may be the other one named or someone never named, it goes to no one.

const opening = [
  'Oskar Veldt-Lind, the new harbour master, met the shipping board in Tarnby on Tuesday.',
  'It was not always like this. Arvid Veldt-Lind, the harbour master forty years ago, spoke in 1984 of a port "bound to the sea and to the crown".',
];

describe('a sentence opening on an unnamed relative of the one at hand', () => {
  it('the reading of the opening', () => {
    expect(kinOpening('His grandson, at the pier, reached for the same words.')).toEqual({ owner: 'm', kin: 'm' });
    expect(kinOpening('His grandson stood beside him.')).toBeNull();
    expect(kinOpening('His grandson, Oskar Veldt-Lind, spoke next.')).toBeNull();
  });

  it('"His grandson, at the pier, reached for .... SURNAME told the board that ... "..."" is not the grandfather', () => {
    const text = [...opening, 'His grandson, at the pier, reached for the same register. Veldt-Lind told the board that the port would "always be with the fleet".'];
    expect(speakerOf(text, 'always be with the fleet')).not.toBe('Arvid Veldt-Lind');
  });

  it('nor the other named, when the grandfather is at hand', () => {
    const text = [opening[1]!, opening[0]!, 'His grandson, at the pier, reached for the same register. Veldt-Lind told the board that the port would "always be with the fleet".'];
    expect(speakerOf(text, 'always be with the fleet')).not.toBe('Oskar Veldt-Lind');
  });

  it('a title of sex before the surname is still read to pick among the bearers', () => {
    const text = [
      'Ilse Marr-Holt, 19, says the port has changed. Her father is Bruno Marr-Holt, who fished from Tarnby for thirty years.',
      'Her father shrugged when told of the remark. "She is right," Mr. Marr-Holt said.',
    ];
    expect(speakerOf(text, 'She is right')).toBe('Bruno Marr-Holt');
  });

  it('with no relative opening the sentence before, the bare surname stays with the one at hand', () => {
    const text = [...opening, 'The board, at the pier, reached for the same register. Veldt-Lind told the board that the port would "always be with the fleet".'];
    expect(speakerOf(text, 'always be with the fleet')).toBe('Arvid Veldt-Lind');
  });
});
