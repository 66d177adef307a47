import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a quote after a "whose" clause ("..., whose authors wrote: "..."")', () => {
  it('credits nobody, not "whose authors" nor the main clause\'s subject', () => {
    const paras = ['The minister, Harold Grimsby, cited a report by the Lowland Water Institute, whose authors wrote: "The river can no longer carry the load."'];
    expect(speakerOf(paras, 'The river can no longer')).toBeNull();
  });
  it('not the main clause\'s subject: "He quoted a study by ORG, whose researchers found that "...""', () => {
    const paras = ['Harold Grimsby spoke at the dam.', 'He also quoted a study by Marten University, whose researchers found that "the floods will come twice as often."'];
    expect(speakerOf(paras, 'the floods will come')).not.toBe('Harold Grimsby');
  });
  it('nor the person before ", whose": "NAME, whose wife said: "...""', () => {
    const paras = ['She spoke to Tom Vale, whose wife said: "He never came home."'];
    expect(speakerOf(paras, 'He never came home')).toBeNull();
  });
});
