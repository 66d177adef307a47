import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { judgedObjectWords, judgedToSay } from '../src/quotes/denied-words.ts';

// Passages written for these tests: words the sentence gives to someone other than its subject by judging them:
// "accused the mayor, NAME, of saying", "said the minister, NAME, was wrong to call". Never the subject's.
describe('words of one judged, named after a description', () => {
  it('`X accused the mayor, Y, of saying the estate was "..."` is not X\'s', () => {
    const paras = ['Councillor Britt Salo accused the mayor, Oren Kask, of saying the harbour was “past saving”.'];
    expect(speakerOf(paras, 'past saving')).not.toBe('Britt Salo');
  });
  it('`X praised the coach, Y, for calling the team "..."` is not X\'s', () => {
    const paras = ['Club owner Ilse Marr praised the coach, Davin Rook, for calling the squad “a family, not a payroll”.'];
    expect(speakerOf(paras, 'not a payroll')).not.toBe('Ilse Marr');
  });
  it('reads the set-off object', () => {
    expect(judgedObjectWords('Salo accused the mayor, Oren Kask, of saying the harbour was ')).toBe(true);
    expect(judgedObjectWords('Salo accused the mayor, Oren Kask, and said the harbour was ')).toBe(false);
  });
});

describe('words one was judged wrong or right to say', () => {
  it('`X said the minister, Y, was wrong to call the arts "..."` is not X\'s', () => {
    const paras = ['Gallery director Oda Brun said the minister, Kalle Ives, was wrong to call the theatres “a luxury”.'];
    expect(speakerOf(paras, 'a luxury')).not.toBe('Oda Brun');
  });
  it('`Critics say the mayor was quick to dismiss the flats as "..."` is not the critics\'', () => {
    const paras = ['Critics say the mayor, Joss Hale, was quick to dismiss the flats as “eyesores”.'];
    expect(speakerOf(paras, 'eyesores')).toBeNull();
  });
  it('keeps the subject\'s own words after a judgement of another deed', () => {
    const paras = ['Oda Brun said the minister was wrong to cut the grant and called the decision “a disgrace”.'];
    expect(speakerOf(paras, 'a disgrace')).toBe('Oda Brun');
  });
  it('reads the judgement of saying', () => {
    expect(judgedToSay('Brun said the minister was wrong to call the theatres ')).toBe(true);
    expect(judgedToSay('Brun said the minister was wrong to cut the grant and called the decision ')).toBe(false);
    expect(judgedToSay('Brun said the minister was wrong to say so, and called the plan ')).toBe(false);
  });
});
