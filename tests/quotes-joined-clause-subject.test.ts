import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a sentence whose first clause has a body (or no one) for its subject and whose
// clause joined by ", and" opens on a person the text knows.
describe('a person opening a clause joined after a body\'s clause is at hand for a later pronoun', () => {
  it('"she" after the joined clause does not leap to a man of untold sex named since, nor tell him a woman', () => {
    const paras = [
      'Sun Ha-rim keeps a ledger of every ship that docks at Pohang.',
      'In the morning the port authority posts its list, and Sun reads it out in the office. Pak Tae-jin, the list says, promised the guild that the quays would "stay open all winter." She folds the list away. "That promise will cost them something," she says.',
    ];
    expect(speakerOf(paras, 'stay open all winter')).toBe('Pak Tae-jin');
    expect(speakerOf(paras, 'That promise will cost them something')).toBeNull();
  });
  it('with no one named since, the pronoun goes on with the person of the joined clause', () => {
    const paras = [
      'Sun Ha-rim keeps a ledger of every ship that docks at Pohang. Pak Tae-jin, a rival clerk, keeps another.',
      'In the morning the port authority posts its list, and Sun reads it out in the office. "Nobody else reads it," she says.',
    ];
    expect(speakerOf(paras, 'Nobody else reads it')).toBe('Sun Ha-rim');
  });
});

describe('a subject of two is no joined clause of one', () => {
  it('`NAME1, a former nurse, and NAME2 clashed again later. "...," he said.` is no one, not NAME2', () => {
    const paras = ['Health minister Olin Brask faced questions from opposition MP Tadeo Wren.', 'Wren asked the minister: "How long must patients wait?"', 'Brask said waits had fallen. "We are turning the corner," the minister said.', 'Wren, a former nurse, and Brask clashed again later. "That is simply untrue," he said.'];
    expect(speakerOf(paras, 'simply untrue')).toBeNull();
  });
});
