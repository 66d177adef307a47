import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an aside set off by spaced en dashes after a name (as British and European
// papers set the dash) is no part of the subject, as one set off by em dashes is not; a comma that only closes a
// fronted phrase before the name sets nothing off.
describe('an aside between spaced en dashes after a subject\'s name', () => {
  const before = 'Dr. Tomas Varga, who runs a port study group in Aalborg, called the deal "a pact of the lonely."';
  it('"NAME – no relation to the researcher – called for ... "...," she said" is NAME', () => {
    const paras = [before, 'The spokeswoman Mara Varga – no relation to the researcher – called for a firmer reply. "Anyone who still trusts them should look again," she said.'];
    expect(speakerOf(paras, 'still trusts them')).toBe('Mara Varga');
  });
  it('after a fronted phrase of place and its comma', () => {
    const paras = [before, 'In the assembly, the harbour spokeswoman Mara Varga – no relation to the researcher – called for a firmer reply. "Anyone who still trusts them should look again," she said.'];
    expect(speakerOf(paras, 'still trusts them')).toBe('Mara Varga');
  });
  it('the same with em dashes is read as before', () => {
    const paras = [before, 'In the assembly, the harbour spokeswoman Mara Varga — no relation to the researcher — called for a firmer reply. "Anyone who still trusts them should look again," she said.'];
    expect(speakerOf(paras, 'still trusts them')).toBe('Mara Varga');
  });
  it('a later bare surname with "she" goes to the woman, not the man of the surname', () => {
    const paras = [
      before,
      'In the assembly, the harbour spokeswoman Mara Varga – no relation to the researcher – called for a firmer reply.',
      'Varga, 44, said the union should widen its bans. "We cannot ban the one and wave the other through," she said.',
    ];
    expect(speakerOf(paras, 'wave the other through')).toBe('Mara Varga');
  });
});
