import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a reporting verb in the present tense ("thanks", "praises"), which the
// tagger takes for a plural noun, stands between its subject and its object, with a quoted fragment after it.
describe('a present-tense reporting verb read as a plural noun is a verb', () => {
  it('`Roe, speaking through her interpreter, thanks him for coming "..."`', () => {
    const paras = ['Mayor Lena Torvik met the visiting governor on Monday.', 'Torvik, speaking through her interpreter, thanks him for coming “at such a difficult time”.'];
    expect(speakerOf(paras, 'at such a difficult time')).toBe('Lena Torvik');
  });
  it('`Roe praises the team for its work "..."`', () => {
    const paras = ['The rescue crews came home on Sunday.', 'Nils Aberg praises the team for its work “under very hard conditions”.'];
    expect(speakerOf(paras, 'under very hard conditions')).toBe('Nils Aberg');
  });
  it('"thanks to" names no speaker: `Roe, thanks to her aides, ...` is read by the verb after it', () => {
    const paras = ['The council met late on Thursday.', 'Mayor Pia Lund, thanks to her aides, called the plan “a small miracle” on Friday.'];
    expect(speakerOf(paras, 'a small miracle')).toBe('Pia Lund');
  });
});
