import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a message read out by one person, "which said simply:" or
// "saying only:", is its writer's words, not the reader's; an adverb of manner between the verb and the colon
// changes nothing.
describe('a relayed message whose "which said" takes an adverb', () => {
  it('"read a letter from X, which said simply:" is the letter writer\'s', () => {
    const paras = ['Mayor Dina Holt read out a letter from a pensioner in Carrow, which said simply: "Fix the bridge before the winter."'];
    expect(speakerOf(paras, 'Fix the bridge before the winter.')).toBe('a pensioner in Carrow');
  });
  it('"which said bluntly:" likewise, never the one reading', () => {
    const paras = ['Councillor Evan Prest shared a message from a bus driver, which said bluntly: "The timetable is a fiction."'];
    expect(speakerOf(paras, 'The timetable is a fiction.')).not.toBe('Evan Prest');
  });
  it('the reader keeps words of his own after the colon', () => {
    const paras = ['Councillor Evan Prest put down the letter and said simply: "We will look at it."'];
    expect(speakerOf(paras, 'We will look at it.')).toBe('Evan Prest');
  });
});
