import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: peers named by a title of the peerage ("Lord Ferrow", "Baroness Ferrow"),
// then "the Labour peer said": a peer the party word fits, or no one when it fits none or two.
describe('"the PARTY peer said" after peers named by title', () => {
  it('the Labour lord, not the Green baroness of the same name', () => {
    const paras = [
      'Peers questioned the government on Monday about the ferry contract.',
      'The Labour frontbencher Lord Ferrow asked whether the contract would be paused.',
      'From the Green benches, Baroness Ferrow of Tarn raised the cost of the fares. "Nobody can pay them," she said.',
      'Outside the chamber, Lord Ferrow told the Gazette that he found the answers "thin." "You can sign a contract and still have no ferry," the Labour peer said.',
    ];
    expect(speakerOf(paras, 'still have no ferry')).toBe('Lord Ferrow');
  });

  it('no one when the party word fits no peer named', () => {
    const paras = [
      'Peers questioned the government on Monday about the ferry contract.',
      'The Labour frontbencher Lord Ferrow asked whether the contract would be paused.',
      '"You can sign a contract and still have no ferry," the Conservative peer said.',
    ];
    expect(speakerOf(paras, 'still have no ferry')).not.toBe('Lord Ferrow');
  });

  it('no one for a bare "the peer" after two peers named in one paragraph', () => {
    const paras = [
      'Peers questioned the government on Monday about the ferry contract.',
      'Lord Ferrow and Lord Hale asked whether the contract would be paused.',
      '"You can sign a contract and still have no ferry," the peer said.',
    ];
    expect(speakerOf(paras, 'still have no ferry')).not.toBe('Lord Ferrow');
    expect(speakerOf(paras, 'still have no ferry')).not.toBe('Lord Hale');
  });
});
