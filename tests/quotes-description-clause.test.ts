import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a word in quotes inside a "who say" clause whose antecedent the reading could
// take as a description running back over the main clause's subject and verb.
describe('a description holding a verb in the past and its object', () => {
  it('is no speaker: "President NAME sharply rebuked critics who say ..."', () => {
    const paras = ['President Ilse Varga sharply rebuked critics who say she should call the rebels "hired zealots," saying a label would change nothing.'];
    const who = speakerOf(paras, 'hired zealots');
    expect(who === null || !/rebuked/u.test(who)).toBe(true);
  });
  it('nor "the mayor rebuked critics who say ..."', () => {
    const paras = ['The mayor rebuked critics who say he should call the strikers "hired zealots."'];
    const who = speakerOf(paras, 'hired zealots');
    expect(who === null || !/rebuked/u.test(who)).toBe(true);
  });
  it('while an adjective in -ed stays in a description: "a Harvard trained economist"', () => {
    expect(speakerOf(['A Harvard trained economist said the plan was "a mess."'], 'a mess')).toBe('a Harvard trained economist');
  });
});
