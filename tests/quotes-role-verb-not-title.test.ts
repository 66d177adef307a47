import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a transcript turn whose sentence has a description meet a person named
// family name first ("the governor met Pak Song-il"), then that description quoted.
describe('"the ROLE met NAME" gives the name no title "the ROLE met"', () => {
  it('the description quoted later is not the person it met', () => {
    const paras = [
      'HOST (Vera Lind): Good evening. Today the governor met Pak Song-il at the Tarsk shipyard, and our phones have not stopped.',
      'GUEST (Ivo Marsh, former harbour master): Good evening, Vera.',
      'HOST: Asked whether the berths were discussed, the governor said, and I quote, "We will look at every berth. Nothing is decided."',
    ];
    expect(speakerOf(paras, 'We will look at every berth')).not.toBe('Pak Song-il');
  });
  it('a title before such a name still reads as its role', () => {
    const paras = ['Harbour pilot Pak Song-il said the channel was "silting up again."'];
    expect(speakerOf(paras, 'silting up again')).toBe('Pak Song-il');
  });
});
