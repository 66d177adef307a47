import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a party tag set off by commas after the name opening a sentence, as news
// agencies write it ("Sen. Tom Pike, R-Ohio, called ..."), is no part of the subject, so the senator is at hand
// for a later "the senator"; after a name that is a verb's object it changes nothing.
describe('a party tag set off by commas after a subject', () => {
  it('`Sen. NAME, R-Ohio, called for ... ¶ "...," the senator said.` is the senator named', () => {
    const paras = ['Sen. Tom Pike, R-Ohio, called for new sanctions on the shipping firms.', '"This is what weakness looks like," the senator said in a post.'];
    expect(speakerOf(paras, 'weakness looks like')).toBe('Tom Pike');
  });
  it('so with a state of two words', () => {
    const paras = ['Sen. Ana Vell, D-New Mexico, urged the allies to act.', '"We cannot wait for the train to leave," the senator said.'];
    expect(speakerOf(paras, 'cannot wait')).toBe('Ana Vell');
  });
  it('a tagged name that is an object does not become the subject', () => {
    const paras = ['Later he called Sen. Tom Pike, R-Ohio, a coward.', '"This is strength," the senator said.'];
    expect(speakerOf(paras, 'This is strength')).not.toBe('Tom Pike');
  });
});
