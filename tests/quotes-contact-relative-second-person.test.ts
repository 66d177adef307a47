import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a sentence that sets off, after the words it quotes, a clause
// whose subject is a second person ("a phrase NAME2 read aloud") leaves a "he" right after it to no one sure.
describe('a second person brought in by a clause set off after the quote', () => {
  it('"NAME said ... "...", a phrase NAME2 read aloud .... "...," he said." is not given to NAME', () => {
    expect(speakerOf(['Mayor Tom Rask said the plan was "a fair start", a phrase Ivo Brand read aloud from his notes with a shrug. "A fair start. Like the last one," he said.'], 'Like the last one')).not.toBe('Tom Rask');
  });
  it('a second person of the other sex does not stop the pronoun', () => {
    expect(speakerOf(['Mayor Tom Rask said the plan was "a fair start", a phrase Anna Brand read aloud from her notes with a shrug. "A fair start. Like the last one," he said.'], 'Like the last one')).toBe('Tom Rask');
  });
  it('a person described and named as the subject of the sentence before is no clause set off after words', () => {
    expect(speakerOf(['Back home, the opposition deputy Ana Roe urged calm, as "the only answer". "We wait," she wrote.'], 'We wait')).toBe('Ana Roe');
  });
});
