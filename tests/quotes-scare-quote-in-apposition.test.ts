import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented names): a scare quote standing as a word of a noun phrase inside the
// words set off after a name ("a "realistic" policy") does not hide the name from the verb after the set-off words.
describe('"NAME, a ROLE who argued for a "label" policy, wrote that ... "..."', () => {
  it('gives the quote to the name before the set-off words', () => {
    expect(speakerOf(['Ola Brekk, a columnist who has long argued for a "realistic" policy, wrote that the summit showed "the failure of isolation".'], 'failure of')).toBe('Ola Brekk');
    expect(speakerOf(['Ola Brekk, a columnist for a paper in Tromvik who has long argued for a "realistic" policy, wrote on Thursday that the summit showed "the failure of isolation".'], 'failure of')).toBe('Ola Brekk');
  });
});
