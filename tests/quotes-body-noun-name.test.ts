import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: a body named after a noun of its kind ("the official news agency Tarvex")
// as a sentence's subject, then "It reported ..." or "It said ..." in the next sentence.
describe('"the news agency X made no mention. It reported ..." credits X', () => {
  it('an agency named after its noun, then "It reported that ... "..."', () => {
    const paras = ['The official news agency Tarvex made no mention of the loan. It reported that the two ministers had discussed “matters of shared interest” over dinner.'];
    expect(speakerOf(paras, 'matters of shared interest')).toBe('Tarvex');
  });
  it('a company named after its noun, then "It said in a filing ..."', () => {
    const paras = ['The company Orvant Holdings declined to comment on the merger. It said in a filing that the deal was “on track”.'];
    expect(speakerOf(paras, 'on track')).toBe('Orvant Holdings');
  });
  it('a person\'s full name after the noun is no body: "the firm Jane Roe founded"', () => {
    const paras = ['The firm Nadia Berglund founded went bust last spring. It said its debts were “beyond repair”.'];
    expect(speakerOf(paras, 'beyond repair')).not.toBe('Nadia Berglund');
  });
  it('one who works for the body is no body: "a spokesman for the company X"', () => {
    const read = parseSpeakerPhrase('a spokesman for the company Orvant Holdings');
    expect(read?.type).toBe('description');
  });
});
