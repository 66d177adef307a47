import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { describedOwnerWords, possessedWords } from '../src/quotes/possessed-words.ts';

// Passages written for these tests: a noun of speech whose owner "by" or "from" names ("rejected the claim by MP
// NAME that the jab was "..."") holds that owner's words, as "NAME's claim that" does; never the subject's who
// rejects them. An owner only described ("the claim by critics that") leaves the words to no one.
describe('a noun of speech with its owner after "by" or "from"', () => {
  it('`X rejected the claim by MP Y that the jab was "..."` is Y\'s', () => {
    const paras = ['Doctor Ama Osei rejected the claim by MP Tor Lindqvist that the trial was “rushed”.'];
    expect(speakerOf(paras, 'rushed')).toBe('Tor Lindqvist');
  });
  it('`X dismissed the warning from union leader Y that wards would be "..."` is Y\'s', () => {
    const paras = ['Manager Ama Osei dismissed the warning from union leader Petra Vang that the depot would be “overrun by spring”.'];
    expect(speakerOf(paras, 'overrun by spring')).toBe('Petra Vang');
  });
  it('`X rejected the claim by critics that it was "..."` is nobody\'s, not X\'s', () => {
    const paras = ['Doctor Ama Osei rejected the claim by critics that the trial was “rushed”.'];
    expect(speakerOf(paras, 'rushed')).toBeNull();
  });
  it('reads the owner', () => {
    expect(possessedWords('Osei rejected the claim by MP Tor Lindqvist that the trial was ', '')?.owner).toBe('MP Tor Lindqvist');
    expect(describedOwnerWords('Osei rejected the claim by critics that the trial was ')).toBe(true);
    expect(describedOwnerWords('Osei was hit by critics and said the trial was ')).toBe(false);
  });
});
