import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a body's capitalised name before "in the PLACE" is the subject; the place
// (an acronym or a name opened by "the") is only where the body sits.
describe('a body in a place named with "the"', () => {
  it('`The Danish Embassy in the UAE said ... "..."` is the embassy\'s', () => {
    const paras = ['The Danish Embassy in the UAE said in a post that the partnership “has grown stronger.”'];
    expect(speakerOf(paras, 'grown stronger')).toBe('the Danish Embassy in the UAE');
  });
  it('`The Velmar Consulate in the Gulf said ... "..."` is the consulate\'s, not the Gulf\'s', () => {
    const paras = ['The Velmar Consulate in the Gulf said on Friday that visas would be issued “within a week.”'];
    expect(speakerOf(paras, 'within a week')).toBe('the Velmar Consulate in the Gulf');
  });
  it('`Aides in the Tarsk Assembly said "..."` stays with the old reading, not the body', () => {
    const paras = ['Mara Olsen met the delegation. Aides in the Tarsk Assembly said the vote was “not close.”'];
    expect(speakerOf(paras, 'not close')).not.toBe('the Tarsk Assembly');
  });
});
