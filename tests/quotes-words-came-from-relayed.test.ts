import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people, places and bodies): words alone, then a sentence saying they
// "came from" something other than a person named right there (a memo someone read, an office of someone).
describe('"\\"...\\" The remark came from a memo that NAME read" and "from the office of NAME"', () => {
  it('does not credit one named in a clause about the thing the words came from', () => {
    const paras = ['"The pier is unsafe," said Orla Benning, the harbour engineer.', '"We have no money left." The remark came from a memo that the treasurer, Gideon Sark, read aloud to the board.'];
    expect(speakerOf(paras, 'We have no money')).toBeNull();
  });

  it('still credits a role written before the name', () => {
    const paras = ['"The pier is unsafe," said Orla Benning, the harbour engineer.', '"We have no money left." The remark came from the treasurer, Gideon Sark, at the board meeting.'];
    expect(speakerOf(paras, 'We have no money')).toBe('Gideon Sark');
  });

  it('does not let the words go on from the speaker before when they came from an office', () => {
    const paras = ['"Keep off the dunes," Marit Holloway, a resident, told neighbours.', '"Expect the sea to rise by a metre." The warning came from the office of Petra Vossberg, the coast warden, and not from Ms Vossberg herself.'];
    expect(speakerOf(paras, 'Expect the sea')).toBeNull();
  });
});
