import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "a conversation with a ..." brings in someone only described, whom a later
// "The Turk, she says, told her ..." means; a pronoun never goes to them.
it('"The Turk" after "a conversation with a senior Turkish diplomat" is the diplomat, not the one recalling it', () => {
  const paras = ['Marta Holm teaches history in Oslo. Holm recalls a conversation with a senior Estonian diplomat in Tallinn years ago. The Estonian, she says, told her that the border was "a door we never close".'];
  expect(speakerOf(paras, 'a door we never close')).toBe('a senior Estonian diplomat');
});

it('the one only described is no antecedent for a pronoun, nor is a people\'s adjective a speaker', () => {
  expect(speakerOf(['Holm recalls a conversation with a senior Estonian diplomat. "They never listen," he said.'], 'They never listen')).toBeNull();
});
