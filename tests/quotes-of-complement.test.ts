import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { ofComplement } from '../src/quotes/of-complement.ts';

// Passages written for these tests: a speaker phrase after "of" or "from" is the complement of a noun before
// it, and the head of the whole phrase speaks (PolNeAR's train split gave these to the body or place).
describe('the complement of "of" is not the speaker', () => {
  it('"Bishop Jane Roe of the Lutheran Synod of Bergen told ..." is Jane Roe\'s, not the synod\'s', () => {
    const paras = ['As Bishop Jane Roe of the Lutheran Synod of Bergen told the Associated Press, “We have waited long enough for this day.”'];
    expect(speakerOf(paras, 'waited long enough')).toBe('Jane Roe');
  });
  it('"Mara Lind of Dayton, Ohio says ..." is Mara Lind\'s, not the state\'s', () => {
    const paras = ['Mara Lind of Dayton, Ohio says she thinks the mayor will win if he keeps “talking to people.”'];
    expect(speakerOf(paras, 'talking to people')).toBe('Mara Lind');
  });
  it('"Omar Kask, president and CEO of Harbour Group, said ..." is Omar Kask\'s', () => {
    const paras = ['Omar Kask, president and CEO of Harbour Group stated, “It is not a political problem; it is a math problem.”'];
    expect(speakerOf(paras, 'a math problem')).toBe('Omar Kask');
  });
  it('"Ivo Tamm, founder of the Coastal Fund, ..., endorsed Vos, saying ..." is Ivo Tamm\'s', () => {
    const paras = ['Ivo Tamm, founder of the Coastal Fund and a member of the port board since 1990, endorsed Vos last week, saying she “has always kept her word.”'];
    expect(speakerOf(paras, 'kept her word')).toBe('Ivo Tamm');
  });
  it('"8 percent of voters said ..." goes to nobody, not to "voters"', () => {
    const paras = ['In a survey out Sunday, only 9 percent of Democrats said the party was “heading the wrong way.”'];
    expect(speakerOf(paras, 'wrong way')).toBeNull();
  });
  it('"footage of Jane Roe saying ..." stays Jane Roe\'s: she is the subject of the participle', () => {
    const paras = ['The ad ends with footage of Jane Roe saying, “That makes me smart.”'];
    expect(speakerOf(paras, 'makes me smart')).toBe('Jane Roe');
  });
  it('an appositive name after a description with "of" still speaks', () => {
    const paras = ['The head of the Estonian Harbour Board, Jane Roe, said “it is a good day.”'];
    expect(speakerOf(paras, 'a good day')).toBe('Jane Roe');
  });
});

describe('ofComplement', () => {
  it('reads back over every "of" link to the head', () => {
    const text = 'Bishop Jane Roe of the Lutheran Synod of Bergen said';
    expect(ofComplement(text, text.indexOf('Lutheran'), 'Lutheran Synod')).toEqual({ owner: 'Bishop Jane Roe' });
  });
  it('is null for a phrase after no "of"', () => {
    const text = 'Jane Roe said';
    expect(ofComplement(text, 0, 'Jane Roe')).toBeNull();
  });
  it('gives no owner when the head is itself after a preposition', () => {
    const text = 'a vicar at the Lantern Chapel of Elmwood said';
    expect(ofComplement(text, text.indexOf('Elmwood'), 'Elmwood')).toEqual({ owner: null });
  });
});

// Passages written for these tests: a description with a person's name in apposition to it.
describe('a name in apposition to a description speaks', () => {
  it('"Estonia\'s Liberal attorney general, Jane Roe, vowed ..." is Jane Roe\'s, not the description\'s', () => {
    const paras = ['And Estonia’s Liberal attorney general, Jane Roe, vowed to go after “anyone who blocks our port.”'];
    expect(speakerOf(paras, 'blocks our port')).toBe('Jane Roe');
  });
  it('`"...," exhorted the mayor\'s introducer, actress Mara Lind.` is Mara Lind\'s', () => {
    const paras = ['"It is about time we had a woman in this office," exhorted the mayor’s introducer, actress Mara Lind.'];
    expect(speakerOf(paras, 'woman in this office')).toBe('Mara Lind');
  });
  it('"Ivo Tamm, a former driver for the governor has written ..." is Ivo Tamm\'s', () => {
    const paras = ['Ivo Tamm, a former driver for the governor has written a memoir in which he lays bare the temper and “volcanic” conduct of the governor.'];
    expect(speakerOf(paras, 'volcanic')).toBe('Ivo Tamm');
  });
  it('a description followed by a place, not a name, stays the description', () => {
    const paras = ['"We will not sign," said the senior official, in New York City.'];
    expect(speakerOf(paras, 'We will not sign')).toBe('the senior official');
  });
});

// Passages written for these tests: the one asked does not speak the question.
describe('the one asked does not speak the question', () => {
  it('"X was asked by host Y, who ..., "...?"" is Y\'s', () => {
    const paras = ['Omar Kask was asked by host Mara Lind, who backs Kask, “Now, you once said you were tired of the port story?”'];
    expect(speakerOf(paras, 'tired of the port story')).toBe('Mara Lind');
  });
  it('"X was asked by moderator Y whether ... would "..."" is Y\'s', () => {
    const paras = ['Omar Kask was asked by Harbour Radio moderator Ivo Tamm whether his plan would risk “adding another costly program to the budget.”'];
    expect(speakerOf(paras, 'adding another costly program')).toBe('Ivo Tamm');
  });
  it('"X was asked, "...?"" with no asker named is nobody\'s', () => {
    const paras = ['In an interview, Omar Kask was asked, “What is the most dangerous place you have been to?”'];
    expect(speakerOf(paras, 'most dangerous place')).toBeNull();
  });
  it('"Asked about the deal, X said "..."" stays X\'s', () => {
    const paras = ['Asked about the deal, Omar Kask said it was “a good day for the port.”'];
    expect(speakerOf(paras, 'a good day for the port')).toBe('Omar Kask');
  });
});
