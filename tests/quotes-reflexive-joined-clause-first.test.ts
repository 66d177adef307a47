import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A passage written for these tests (invented people and place): a clause joined by ", and" whose subject an emphatic
// reflexive marks is the verb's own clause, read before a name set off in the sentence's opening clause.
describe('"Her coach, NAME, was in tears, and SURNAME herself, asked how it felt, said only: \\"...\\""', () => {
  it('credits the one marked by the reflexive, not the opening clause\'s name', () => {
    const paras = ['The skier Henrike Saltvik won the downhill in Brenn. Her trainer, Ambrose Kettle, was in tears, and Saltvik herself, asked how it felt, said only: "Windy."'];
    expect(speakerOf(paras, 'Windy')).toBe('Henrike Saltvik');
  });
});
