import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { absoluteSubject, shareOfGroup } from '../src/quotes/absolute-clause.ts';

// Passages written for these tests: the subject of an absolute clause ("with X calling it ...") speaks, not
// the sentence's subject; a poll's share of a group speaks no words.
describe('an absolute clause before the quote', () => {
  it('`..., with Omar Kask taking to the radio to call the claim "..."` is Kask\'s', () => {
    const paras = ['The board has denied it happened, with Omar Kask taking to the radio to call the claim “totally made up.”'];
    expect(speakerOf(paras, 'totally made up')).toBe('Omar Kask');
  });
  it('`..., with one of her flyers asking, "...?"` is not her backers\'', () => {
    const paras = ['Jane Roe and her allies tried to link Kask to the board, with one of her flyers asking, “Is Omar Kask free enough of them to serve?”'];
    expect(speakerOf(paras, 'free enough')).not.toBe('her backers');
  });
});

describe('a share of a group', () => {
  it('`Some 55 percent of voters said ... "..."` goes to nobody', () => {
    const paras = ['Some 55 percent of voters said the harbour was “on the wrong track.”'];
    expect(speakerOf(paras, 'wrong track')).toBeNull();
  });
  it('`An average of 14 percent of likely voters reported "..."` goes to nobody, not to "voters"', () => {
    const paras = ['An average of 14 percent of likely voters reported “no opinion” when asked.'];
    expect(speakerOf(paras, 'no opinion')).toBeNull();
  });
  it('reads the share before the group', () => {
    const s = 'An average of 14 percent of likely voters reported';
    expect(shareOfGroup(s, s.indexOf('voters'), 'voters')).toBe(true);
    expect(shareOfGroup('Jane Roe said', 0, 'Jane Roe')).toBe(false);
  });
  it('absoluteSubject reads the noun phrase after "with"', () => {
    expect(absoluteSubject('They praised the deal, with the host calling it ')).toBe('the host');
    expect(absoluteSubject('Jane Roe met with reporters, saying ')).toBeNull();
  });
});

// Passages written for these tests: a participle after a clause of time with its own subject may be either
// subject's, so the quote is left unattributed.
describe('a participle after a clause of time with its own subject', () => {
  it('`Roe asks as a porter walks past her, saying he is "..."` is not Roe\'s', () => {
    const paras = ['Jane Roe was at the dock. “Who can count how many times I have tried?” Roe asks as a porter walks past her, saying he is “here to patch the three leaks in your roof.”'];
    expect(speakerOf(paras, 'three leaks')).not.toBe('Jane Roe');
    expect(speakerOf(paras, 'how many times I have tried')).toBe('Jane Roe');
  });
  it('`Roe spoke to reporters, saying "..."` stays Roe\'s', () => {
    const paras = ['Jane Roe spoke to reporters, saying “we will be back.”'];
    expect(speakerOf(paras, 'we will be back')).toBe('Jane Roe');
  });
});
