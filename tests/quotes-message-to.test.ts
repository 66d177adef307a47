import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('the one a message is sent to is not its writer', () => {
  it('"NAME\'s letter to NAME said: "..."" does not credit the addressee', () => {
    const paras = ['Senator Mark Dill and Governor Ann Pryce have quarrelled for months.', 'Dill\'s letter to Pryce said: "We need answers."'];
    expect(speakerOf(paras, 'We need answers')).not.toBe('Ann Pryce');
  });
  it('"A memo from NAME to NAME said: "..."" does not credit the addressee', () => {
    const paras = ['Mayor Tom Hale met union leader Rick Salter on Monday.', 'A memo from Hale to Salter said: "Stand firm."'];
    expect(speakerOf(paras, 'Stand firm')).not.toBe('Rick Salter');
  });
  it('"The letter, signed by NAME and his deputy, NAME, said: "..."" credits neither alone', () => {
    const paras = ['The school\'s head, Ian Parr, wrote to parents on Friday. The letter, signed by Parr and his deputy, Mary Oakes, said: "The school will close early."'];
    expect(speakerOf(paras, 'The school will close early')).toBeNull();
  });
  it('"In a letter to NAME, NAME wrote: "..."" still credits the writer', () => {
    const paras = ['In a letter to Governor Ann Pryce, Senator Mark Dill wrote: "Your plan will ruin the farms."'];
    expect(speakerOf(paras, 'Your plan will ruin')).toBe('Mark Dill');
  });
});
