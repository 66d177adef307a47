import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { timeAdjunctStart } from '../src/quotes/time-adjunct.ts';
import type { Token } from '../src/quotes/tagged-sentence.ts';

// Passages written for this test (invented people and bodies): a phrase of time with no commas between a
// subject and its verb of saying ("Kara Voss last week said"), which left the verb with no subject.
describe('a phrase of time between the subject and its verb', () => {
  it('credits the subject before "last week", "two weeks ago", "earlier this month"', () => {
    const by = speakersByOpening([
      'Kara Voss last week said the plan was "reckless from the start."',
      'Otto Brenn two weeks ago said the levy was "a tax on farmers."',
      'Lina Marsh earlier this month said the bridge was "never safe."',
      'The Harbour Board less than a year ago said in a notice that "cracked" bolts had been fitted.',
    ]);
    expect(by.get('reckless from the')).toBe('Kara Voss');
    expect(by.get('a tax on')).toBe('Otto Brenn');
    expect(by.get('never safe.')).toBe('Lina Marsh');
    expect(by.get('cracked')).toBe('the Harbour Board');
  });
  it('reads no last noun of a long coordinated subject as the speaker', () => {
    const by = speakersByOpening(['A group of forty painters, actors and scientists this week published a letter and called on readers to "remember the campaigns of old."']);
    expect(by.get('remember the campaigns')).toBeNull();
  });
  it('finds only the closed forms', () => {
    const tok = (text: string): Token => ({ text, pos: 'X', lemma: '', start: 0, end: 0, quote: -1 });
    const toks = (s: string): Token[] => s.split(' ').map(tok);
    expect(timeAdjunctStart(toks('Roe last week'), 2)).toBe(1);
    expect(timeAdjunctStart(toks('Roe a few days ago'), 4)).toBe(1);
    expect(timeAdjunctStart(toks('Roe a few days ago'), 3)).toBe(1);
    expect(timeAdjunctStart(toks('Roe late last year'), 3)).toBe(1);
    expect(timeAdjunctStart(toks('Roe the week'), 2)).toBe(-1);
    expect(timeAdjunctStart(toks('Roe many weeks ago'), 3)).toBe(-1);
  });
});
