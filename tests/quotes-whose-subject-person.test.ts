import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a "whose" clause's own subject speaking of the person it hangs on.
describe('"NAME, whose colleagues described her as "..."": the words are the colleagues\', not NAME\'s', () => {
  it('gives no one the words, rather than the person the clause hangs on', () => {
    expect(speakerOf(['Porter Edda Stromme, whose neighbours described her as "the heart of the street", retired on Monday.'], 'the heart of the street')).not.toBe('Edda Stromme');
  });
  it('keeps a body\'s "whose editors wrote" for the body', () => {
    const paras = ['The Fenmoor Gazette was unimpressed.', 'The Fenmoor Gazette, whose editors wrote that the plan was "pure theatre", ran it on page one.'];
    expect(speakerOf(paras, 'pure theatre')).toMatch(/Fenmoor Gazette/u);
  });
  it('and the person\'s own words after the clause', () => {
    const paras = ['Porter Edda Stromme, whose neighbours call her "the heart of the street", said on Monday: "I only carried bags."'];
    expect(speakerOf(paras, 'I only carried bags')).toBe('Edda Stromme');
  });
});
