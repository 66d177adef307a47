import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented towns, clubs and people): "the former X" after the text has given
// someone else the role X as theirs now.
describe('"the former X" is never the one the text gave X as theirs now', () => {
  it('"The present mayor, NAME, ... said the former mayor": not the present mayor', () => {
    const paras = ['Ottilie Brask was mayor of Fennvik until 2019. The present mayor, Jonas Aavik, wants a new ferry pier.', '"It is a vanity project," said the former mayor.'];
    expect(speakerOf(paras, 'vanity project')).not.toBe('Jonas Aavik');
  });

  it('"The new captain of the side, NAME, replaced NAME2 ... said the former captain": not the new captain', () => {
    const paras = ['The new captain of the Harlow Vale side, Petra Wenlock, replaced Imke Sorrel, who had led the team for six years.', '"I will miss the armband," said the former captain.'];
    expect(speakerOf(paras, 'miss the armband')).not.toBe('Petra Wenlock');
  });

  it('"The present coach is NAME ... the former coach said": not the present coach', () => {
    const paras = ['Corwin Blakey coached Stanmere Athletic for nine years and now talks on the radio. The present coach is Lucan Thrale.', '"The side has lost its nerve," the former coach said on air.'];
    expect(speakerOf(paras, 'lost its nerve')).not.toBe('Lucan Thrale');
  });

  it('"the former diplomat" for one brought in by the title "retired diplomat", its noun alone kept as a mention role', () => {
    const paras = ['In Kelso, retired diplomat Anders Vikholm and his wife, Britt, watched the footage. "I served in Hanoi in the nineties," said Vikholm, 71.', 'Vikholm, for his part, had already switched off the television. "I have seen this film before," the former diplomat said.'];
    expect(speakerOf(paras, 'seen this film')).toBe('Anders Vikholm');
  });
  it('still "the former mayor" for one the text gave that role as a former one', () => {
    const paras = ['Ottilie Brask, the former mayor of Fennvik, spoke at the meeting. The present mayor, Jonas Aavik, listened.', '"It is a vanity project," said the former mayor.'];
    expect(speakerOf(paras, 'vanity project')).toBe('Ottilie Brask');
  });
});
