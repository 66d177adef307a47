import { describe, expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { partySeatLabel } from '../src/quotes/party-seat-label.ts';

// An invented sitting of an invented House: members, ridings and words made up for these tests.
const sitting = [
  'Mr. Dale Orrin (Prairie Lake—Kestrel, CPC): Mr. Speaker, the harbour plan has failed. Will the minister finally table the inspection reports?',
  'Hon. Jane Kessling (Minister of Harbours, Lib.): Mr. Speaker, let me be clear. As I told our partners on Friday, "a port without rules is a port for pirates." We will act.',
  'Mr. Dale Orrin: Mr. Speaker, that is not an answer, and the minister knows it.',
  'Hon. Jane Kessling: Mr. Speaker, what I said in the foyer, and the member was standing right there, was that I was "not losing sleep over his press releases." My door is open.',
];

describe('Ottawa\'s Hansard labels: "Hon. NAME (Minister of ..., Lib.):", "Mr. NAME (RIDING, CPC):"', () => {
  it('reads the turns as a record of speeches, whose own quoted phrases are the member\'s', () => {
    const by = speakersByOpening(sitting);
    expect(by.get('a port without')).toMatch(/Jane Kessling$/u);
    expect(by.get('not losing sleep')).toMatch(/Jane Kessling$/u);
  });
  it('gives the office or the riding the label holds, beside the party', () => {
    expect(partySeatLabel(sitting[1]!)).toMatchObject({ name: 'Hon. Jane Kessling', role: 'Minister of Harbours' });
    expect(partySeatLabel(sitting[0]!)).toMatchObject({ name: 'Mr. Dale Orrin', role: 'member for Prairie Lake—Kestrel' });
  });
  it('reads no label without a party after the comma', () => {
    expect(partySeatLabel('Jane Kessling (Harbour Board, 2019): It was a long year.')).toBeNull();
  });
});
