import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a description opening the sentence, the name set off after
// it, a copula and how they were, then a participle of telling that hangs on that subject.
describe('"The deputy, NAME, was more forthcoming, telling reporters that ... "..."', () => {
  it('credits the name set off after the description', () => {
    const paras = ['Talk of a deal grew all week.', 'Brandt’s deputy, Anton Grek, was a little more forthcoming, telling a local radio station that the talks would cover “everything of interest.”'];
    expect(speakerOf(paras, 'everything of interest')).toBe('Anton Grek');
  });
  it('does not reach past a description deeper in the sentence', () => {
    const paras = ['Talk of a deal grew all week.', 'In Harwick a contact of the deputy, Anton Grek, was more candid, calling the plan “a fantasy.”'];
    expect(speakerOf(paras, 'a fantasy')).not.toBe('Anton Grek');
  });
});
