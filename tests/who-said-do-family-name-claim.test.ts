import { expect, it } from 'vitest';
import { readClaim } from '../src/quotes/claim.ts';

// "Do" is a Vietnamese family name (Đỗ): opening a name of three words typed before "said", or after a question's
// own "did", it is the speaker's name, not an auxiliary.
it('reads "do" opening a three-word name as part of the speaker, not an auxiliary', () => {
  expect(readClaim('do van long said the boats leave at dawn')[0]).toMatchObject({ speaker: 'do van long', words: 'the boats leave at dawn' });
  expect(readClaim('did do thi mai say the boats leave at dawn')[0]).toMatchObject({ speaker: 'do thi mai', words: 'the boats leave at dawn' });
});

it('still reads a question\'s auxiliary "do" as no part of a speaker', () => {
  expect(readClaim('do you think the boats leave at dawn')[0]?.speaker ?? null).toBeNull();
  expect(readClaim('did lan say we do not know')[0]).toMatchObject({ speaker: 'lan', words: 'we do not know' });
});
