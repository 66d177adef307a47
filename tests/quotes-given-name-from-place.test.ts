import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented presenter, callers and towns): a radio phone-in write-up naming its
// callers by a given name and the town they ring from.
describe('a caller named by a given name and a town, opening the sentence', () => {
  const presenter = '"Should we worry about the harvest?" Ronan Keary asked at the top of the hour.';

  it('"GIVEN from TOWN was first through. \\"...,\\" she said."', () => {
    const paras = [presenter, 'Siona from Ballyrae was first through. "We should worry about the price of feed," she said.'];
    expect(speakerOf(paras, 'price of feed')).toBe('Siona');
  });

  it('"GIVEN from TOWN, a retired teacher, said ... \\"...,\\" she said. She called it \\"...\\""', () => {
    const paras = [presenter, 'Nuala from Kilcorran, a retired teacher, said her pupils had asked about it. "They wanted to know who pays," she said. She called the talks "a gift to cartoonists."'];
    expect(speakerOf(paras, 'who pays')).toBe('Nuala');
    expect(speakerOf(paras, 'gift to cartoonists')).toBe('Nuala');
  });

  it('no given name the lists know: no one made up', () => {
    const paras = [presenter, 'Nobody from Ballyrae was first through. "We should worry about the price of feed," she said.'];
    expect(speakerOf(paras, 'price of feed')).not.toBe('Nobody');
  });
});
