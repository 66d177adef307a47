import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { creditAfterQuote } from '../src/quotes/credit-after.ts';

// Passages written for these tests: credits after a quote with words set off around the speaker's name.
describe('a credit after the quote with words set off around the name', () => {
  it('`"...," said master of ceremonies Jane Roe, a teacher who moved here decades ago.`', () => {
    const paras = ['"Thanks, Tartu, for welcoming these families," said master of ceremonies Jane Roe, a teacher who moved to Tartu decades ago.'];
    expect(speakerOf(paras, 'welcoming these families')).toBe('Jane Roe');
  });
  it('`"...," said his best friend at college, John Roe, who ...`', () => {
    const paras = ['"It might have been his earliest try at defying his uncle," said his closest friend at Dunmore, Ivo Tamm, who, like several other classmates, recalled the night.'];
    expect(speakerOf(paras, 'earliest try')).toBe('Ivo Tamm');
  });
  it('`"...," the mayor\'s chief of staff, Jane Roe, told reporters`', () => {
    const paras = ['“Eventually, positions are going to soften on the port,” Mayor Omar Kask’s chief of staff, Mara Lind, told reporters before the vote.'];
    expect(speakerOf(paras, 'positions are going to soften')).toBe('Mara Lind');
  });
  it('`"...," delegate John Roe, wearing a "Vote Kask" pin, said` (a quote inside the words set off)', () => {
    const paras = ['“We have seen livelier fairs than this one,” Nevada delegate Ivo Tamm, wearing a straw hat and “Vote Kask” badges, said with a shrug.'];
    expect(speakerOf(paras, 'livelier fairs')).toBe('Ivo Tamm');
  });
  it('`"...," Kask, the mayor ..., said` (a surname before "the")', () => {
    const paras = ['Omar Kask met the press.', '“Very good reporter, this one,” Kask, the mayor and the front-runner in the county, said of the journalist.'];
    expect(speakerOf(paras, 'Very good reporter')).toBe('Omar Kask');
  });
});

describe('creditAfterQuote', () => {
  it('is null for a list of names', () => {
    expect(creditAfterQuote(' Kask, Vos, Lind and Tamm said.')).toBeNull();
  });
  it('is null when no person is named', () => {
    expect(creditAfterQuote(' said the harbour board, a body set up in 1990.')).toBeNull();
  });
});

// Passages written for these tests: a full sentence quoted after a colon, a name opening the clause before it.
describe('a full sentence after a colon is the words of the name opening the clause', () => {
  it('`Jane Roe, exasperated, famously responded: "..."`', () => {
    const paras = ['Mara Lind, exasperated, famously responded: "At this stage, why would that matter?" Her critics never let it go.'];
    expect(speakerOf(paras, 'why would that matter')).toBe('Mara Lind');
  });
  it('`In town after town, Jane Roe argues for cheaper fares: "..."`', () => {
    const paras = ['In town after town, Omar Kask argues for cheaper ferry fares: "Nobody who crosses daily should pay a day’s wage for it."'];
    expect(speakerOf(paras, 'Nobody who crosses')).toBe('Omar Kask');
  });
  it('`Jane Roe quotes John Roe: "..."` is not Jane Roe\'s', () => {
    const paras = ['Mara Lind quotes a former adviser, Ivo Tamm: "I would love the unions to be worse off."'];
    expect(speakerOf(paras, 'love the unions')).not.toBe('Mara Lind');
  });
  it('`X is now running a campaign: "..."` is not X\'s', () => {
    const paras = ['Harbour Books is now running a campaign to pay for the print run: "Publish the book the mayor does not want you to read."'];
    expect(speakerOf(paras, 'Publish the book')).toBeNull();
  });
});

// Passage written for this test: a phrase of time between the subject and its reporting verb.
describe('a phrase of time between the name and its verb is no subject', () => {
  it('"Jane Roe (D-Calif.) last week said ... "..."" is Jane Roe\'s', () => {
    const paras = ['Mara Lind (D-Tartu) last week said the mayor was not the author of any "top secret" memo.'];
    expect(speakerOf(paras, 'top secret')).toBe('Mara Lind');
  });
});

// Passages written for these tests: a quote in what one named person reports another said or did.
describe('a quote inside what one person reports of another is told to neither', () => {
  it('"Jane Roe said John Roe called on members to stay "..."" is nobody\'s', () => {
    const paras = ['Mara Lind said Omar Kask called on members to stay “tightly in step.”'];
    expect(speakerOf(paras, 'tightly in step')).toBeNull();
  });
  it('"Jane Roe said John Roe was right to urge leaders "..."" is not John Roe\'s', () => {
    const paras = ['Mara Lind said Omar Kask was right to urge harbour leaders "to speak up and take part."'];
    expect(speakerOf(paras, 'to speak up')).not.toBe('Omar Kask');
  });
  it('"Jane Roe said the mayor had "..."" stays Jane Roe\'s', () => {
    const paras = ['Mara Lind said the mayor had been "very competitive" in the race.'];
    expect(speakerOf(paras, 'very competitive')).toBe('Mara Lind');
  });
});

// Passages written for these tests: a quote inside a fronted clause of time or cause.
describe('a quote inside a fronted clause of time or cause is that clause\'s', () => {
  it('`After Jane Roe said ... "...," John Roe said: "..."`: the fragment is Jane Roe\'s, the sentence John Roe\'s', () => {
    const paras = ['After Mara Lind said that late students might do better at "smaller schools," Omar Kask said: "I do not like what she said."'];
    expect(speakerOf(paras, 'smaller schools')).toBe('Mara Lind');
    expect(speakerOf(paras, 'I do not like')).toBe('Omar Kask');
  });
  it('`When Jane Roe called the plan "...," John Roe laughed.` is Jane Roe\'s', () => {
    const paras = ['When Mara Lind called the plan "a disaster," Omar Kask laughed.'];
    expect(speakerOf(paras, 'a disaster')).toBe('Mara Lind');
  });
  it('`When asked about the plan, Jane Roe said "..."` stays Jane Roe\'s', () => {
    const paras = ['When asked about the plan, Mara Lind said "it is good for the port."'];
    expect(speakerOf(paras, 'good for the port')).toBe('Mara Lind');
  });
});

// Passage written for this test: a wire report's anonymous official, set off from the verb by a clause.
describe('a person described, set off from the verb after the quote by a clause of his own', () => {
  it('`"...," the official, who spoke on condition of anonymity, told the agency` is the official\'s', () => {
    const paras = ['In Tallinn, a port official said the berth was ready. "We expect the first ship on Monday," the official, who spoke on condition of anonymity, told the agency.'];
    const q = speakerOf(paras, 'first ship on Monday');
    expect(q).not.toBeNull();
    expect(q).toMatch(/official/u);
  });
  it('a group described stays unattributed: `the officials, who asked not to be named, said`', () => {
    expect(creditAfterQuote(' the officials, who asked not to be named, said.')).toBeNull();
    expect(creditAfterQuote(' the official, who asked not to be named, said.')).toEqual({ name: 'the official', role: null });
  });
});
