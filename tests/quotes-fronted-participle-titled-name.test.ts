import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a fronted participle ("Also reacting,") before a description and the name set
// off after it, and a title written with a capital whose bodies are strung on prepositions ("the Chairman of the
// Senate Committee on Harbour Affairs, Senator Ivo Lund,"): the named person speaks.
const opening = 'Mara Olsen, the foreign minister, said the talks had gone well.';

describe('"Also reacting, the chairman of the ... committee, Senator NAME, described the meeting as "...""', () => {
  it('after a fronted participle, the name set off after the description', () => {
    expect(speakerOf([opening, 'Also reacting, the chairman of the Senate harbour committee, Senator Ivo Lund, described the meeting as "a dangerous show".'], 'dangerous show')).toBe('Ivo Lund');
    expect(speakerOf([opening, 'Speaking later, her deputy, Ivo Lund, said, "It went badly."'], 'It went badly')).toBe('Ivo Lund');
  });

  it('a capitalised title whose bodies are strung on "of" and "on"', () => {
    const credit = 'the Chairman of the Senate Committee on Harbour Affairs, Senator Ivo Lund, described the meeting as a "wake-up call" for the ports.';
    expect(speakerOf([opening, `Also reacting, ${credit}`], 'wake-up call')).toBe('Ivo Lund');
    expect(speakerOf([opening, credit.replace(/^t/u, 'T')], 'wake-up call')).toBe('Ivo Lund');
  });

  it('not a participle clause with a verb of its own before the description', () => {
    expect(speakerOf([opening, 'Reacting as the vote was read, the chairman of the harbour committee, Senator Ivo Lund, said it was "a sad day".'], 'a sad day')).not.toBe('Mara Olsen');
  });

  it('not an indefinite role in a "who is" clause, its place set off after it', () => {
    const paras = ['Ivo Kelso has set his sights on the harbour board.', 'Kelso, who is a pastor at the Bethel Church of Dunmore, Ohio, slammed the board for "fees on fees" among its rules.'];
    expect(speakerOf(paras, 'fees on fees')).not.toBe('a pastor at the Bethel Church of Dunmore');
  });
});
