import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented people.
// '"...," she shot back.': a retort's phrasal verb after a pronoun credits the quote as "said" would, though no form
// of it is a reporting verb's.
it('reads "she shot back" and "he fired back" after a quote as credits', () => {
  expect(speakerOf(['Nora Vale was less charmed. "You say dream. I say nightmare," she shot back.'], 'You say dream')).toBe('Nora Vale');
  expect(speakerOf(['Tom Vale was unmoved. "Then prove it," he fired back.'], 'Then prove it')).toBe('Tom Vale');
});
