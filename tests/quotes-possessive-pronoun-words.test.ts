import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { pronounOwnedWords } from '../src/quotes/possessed-words.ts';

// Passages written for these tests: words a possessive pronoun's noun of speech holds ("her remarks ... that
// "..."", "his promise to be "..."") are the owner's the pronoun stands for, not the sentence subject's, when
// that subject may not be the owner (a body, a group, one of the other sex).
describe('words held by a possessive pronoun and a noun of speech', () => {
  const holm = 'Vera Holm, the former finance minister, spoke to the panel on Tuesday.';

  it('a body using "her remarks ... that" does not take her words', () => {
    const ads = 'A new group called Forward Harbor ran its first ads in two towns using her remarks before a council panel that "I was in charge of most of it" of the budget.';
    expect(speakerOf([holm, ads], 'in charge of most')).toBe('Vera Holm');
  });

  it('a plural subject taking him to task "over his comments that" leaves the words his', () => {
    const brandt = 'Tor Brandt, a farmer, has drawn fire all year.';
    const rivals = 'Rival candidates pressed him on farming, faulting him over his comments that his office would act as a "neutral broker" in the dispute.';
    expect(speakerOf([brandt, rivals], 'neutral broker')).toBe('Tor Brandt');
  });

  it('a man rejecting "her claim that" does not speak her words', () => {
    const berg = 'Tom Berg rejected her claim that the count had been "rigged from the start."';
    expect(speakerOf([holm, berg], 'rigged from')).toBe('Vera Holm');
  });

  it('leaves the subject who may own the words as the one who said them', () => {
    const nystrom = 'Ada Nystrom, a former minister, caused a stir this spring over her remark that "there is no room at the table for quitters."';
    expect(speakerOf([holm, nystrom], 'no room at the table')).toBe('Ada Nystrom');
  });

  it('reads the pronoun, and not words reported inside the owner\'s or answering them', () => {
    expect(pronounOwnedWords('using her remarks before a council panel that ')).toBe('she');
    expect(pronounOwnedWords('over his promise to be ')).toBe('he');
    expect(pronounOwnedWords('particularly his warning that the town would go to the ')).toBe('he');
    expect(pronounOwnedWords('over his claim that the mayor had said ')).toBeNull();
    expect(pronounOwnedWords('Tom Berg read her letter aloud and said ')).toBeNull();
  });
});
