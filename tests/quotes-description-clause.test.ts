import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a word in quotes inside a "who say" clause whose antecedent the reading could
// take as a description running back over the main clause's subject and verb.
describe('a description holding a verb in the past and its object', () => {
  it('is no speaker: "Governor NAME firmly dismissed opponents who say ..."', () => {
    const paras = ['Governor Ilse Varga firmly dismissed opponents who say she should brand the strikers "paid agitators," adding that names settle nothing.'];
    const who = speakerOf(paras, 'paid agitators');
    expect(who === null || !/dismissed/u.test(who)).toBe(true);
  });
  it('nor "the harbour master scolded the pilots who say ..."', () => {
    const paras = ['The harbour master scolded the pilots who say he should call the new quay "a death trap."'];
    const who = speakerOf(paras, 'death trap');
    expect(who === null || !/scolded/u.test(who)).toBe(true);
  });
  it('while an adjective in -ed stays in a description: "a Harvard trained economist"', () => {
    expect(speakerOf(['A Harvard trained economist said the plan was "a mess."'], 'a mess')).toBe('a Harvard trained economist');
  });
});
