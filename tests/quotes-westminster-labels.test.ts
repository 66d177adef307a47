import { describe, expect, it } from 'vitest';
import { transcriptTurns } from '../src/quotes/transcript.ts';
import { speakersByWholeQuote } from './helpers/quotes.ts';

// A Westminster-style record written for these tests: members by name with seat, party and business in
// parentheses, a minister by office with the name in parentheses, then the bare names on later turns.
const record = [
  'The following exchange took place in the chamber on Tuesday. The record is abridged.',
  'Ms Petra Oakhurst (Wexley Moor) (LD) (Urgent Question): To ask the Secretary of State for Transport if she will make a statement on the ferry strike.',
  'The Minister for Maritime Affairs (Dominic Halloway): I thank the hon. Lady. The harbour board told me the dispute was "close to settled" when we met on Monday.',
  'Ms Oakhurst: The Minister says the talks are "on the right track", and I hope he is right. The union has called the offer "an insult". What will he do now?',
  'Dominic Halloway: I will not negotiate at the Dispatch Box. The Chancellor said on Sunday, "There is no more money."',
  'Hon. Members: Shame!',
  'Graham Pettifer (Norbridge) (Con): The ferries are "the lifeline of the islands". Will the Minister meet me?',
];

const speakers = (paras: string[]) => speakersByWholeQuote(paras, 'p', '2025-05-01');

describe('Westminster labels ("Jane Doe (Seat) (Party):", "The Minister for X (Jane Doe):") are transcript turns', () => {
  it('reads the member and the minister by office, with the seat or the office as the role', () => {
    const turns = transcriptTurns(record, () => false);
    expect(turns[0]).toBeNull();
    expect(turns[1]).toMatchObject({ speaker: 'Ms Petra Oakhurst', role: 'member for Wexley Moor' });
    expect(turns[2]).toMatchObject({ speaker: 'Dominic Halloway', role: 'Minister for Maritime Affairs' });
    expect(turns[3]).toMatchObject({ speaker: 'Ms Oakhurst' });
    expect(turns[4]).toMatchObject({ speaker: 'Dominic Halloway' });
    expect(turns[6]).toMatchObject({ speaker: 'Graham Pettifer', role: 'member for Norbridge' });
  });

  it('credits each turn, quotations in it and all, and "the Minister" in a later turn to the one the label named', () => {
    const got = speakers(record);
    expect(got.get('To ask the Secretary of State for Transport if she will make a statement on the ferry strike.')).toBe('Petra Oakhurst');
    expect(got.get('on the right track')).toBe('Dominic Halloway');
    expect(got.get('an insult')).toBe('the union');
    expect(got.get('There is no more money.')).not.toBe('Dominic Halloway');
    expect([...got.entries()].find(([q]) => q.startsWith('The ferries are'))?.[1]).toBe('Graham Pettifer');
  });

  it('a name with one parenthesis and quotes in a lone paragraph is still no label', () => {
    expect(transcriptTurns(['Jane Doe (Kew): the "new" plan.', 'Her rival said it would fail.'], () => false)).toEqual([null, null]);
    expect(transcriptTurns(['The Port of Kew (Jane Doe): a profile.', 'She runs it.'], () => false)).toEqual([null, null]);
  });
});
