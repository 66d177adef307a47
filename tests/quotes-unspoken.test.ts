import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { unspokenQuote } from '../src/quotes/unspoken-quote.ts';

// Passages written for these tests: words the sentence shows nobody in it spoke stay unattributed.
describe('words nobody in the sentence spoke', () => {
  it('`held up a sign that read "..."` is not the holder\'s speech', () => {
    const paras = ['Jane Roe spoke at the dock. Omar Kask held up a sign that read “Fishermen Against the Board.”'];
    expect(speakerOf(paras, 'Fishermen Against the Board')).toBeNull();
  });
  it('`shared her note beneath a headline that said, "..."` is not the poster\'s', () => {
    const paras = ['Jane Roe shared her note beneath a headline that said, “Harbour Board Declares War On Fishermen.”'];
    expect(speakerOf(paras, 'Declares War')).toBeNull();
  });
  it('`stirred the audience to sudden chants of "..."` is not the speaker\'s', () => {
    const paras = ['Omar Kask spoke for an hour. Kask stirred the audience to sudden chants of “Sink the tax!” before leaving.'];
    expect(speakerOf(paras, 'Sink the tax')).toBeNull();
  });
  it('`has refused to call the raid "..."` and `never called the plan "..."` are not the subject\'s words', () => {
    const paras = ['Jane Roe spoke on Monday. Roe has refused to call the raid “an act of war.” She never called the plan “a disaster.”'];
    expect(speakerOf(paras, 'an act of war')).toBeNull();
    expect(speakerOf(paras, 'a disaster')).toBeNull();
  });
  it('the subject\'s own statement and its words after "but" still speak', () => {
    const paras = ['Jane Roe issued a statement saying “we will win the vote.” Roe said she would not call it a crisis but “a challenge for all of us.”'];
    expect(speakerOf(paras, 'we will win the vote')).toBe('Jane Roe');
    expect(speakerOf(paras, 'a challenge for all of us')).toBe('Jane Roe');
  });
  it('the ones who chant are the speakers when they are the subject', () => {
    expect(unspokenQuote('Her supporters responded with chants of ', 'Her supporters responded with chants of "_____"')).toBe(false);
  });
});
