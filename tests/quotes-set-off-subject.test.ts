import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { setOffSubject } from '../src/quotes/set-off-subject.ts';

// Passages written for these tests: a name before the quote, long words set off between it and its verb.
describe('a name with long words set off before its reporting verb', () => {
  it('`Name, the head of X, a group that has ..., said that "..."`', () => {
    const paras = ['But Omar Kask, the president of Harbour Watch, a group that has gone to court for the port records, said that "the damage is done."'];
    expect(speakerOf(paras, 'the damage is done')).toBe('Omar Kask');
  });
  it('`Just last week, J.R. Lind, editor of X, a paper for Y, wrote, "..."`', () => {
    const paras = ['Just last week, J.R. Lind, editor at large of The Harbour, an influential weekly read by sailors, wrote, "When we think of the port, we should think of the people."'];
    expect(speakerOf(paras, 'think of the port')).toBe('J.R. Lind');
  });
  it('`Name — named as ... — told X that "..."`', () => {
    const paras = ['Ivo Tamm is in the running.', 'On Friday, Tamm — named by the Courier as the likeliest pick for the post — told a radio host that "one must weigh it very carefully."'];
    expect(speakerOf(paras, 'weigh it very carefully')).toBe('Ivo Tamm');
  });
  it('`One of the top executives, Name, later testified that "..."`', () => {
    const paras = ['One of the college\'s top executives, Mara Lind, later testified in one of the suits that "none of the teachers" were chosen by the owner.'];
    expect(speakerOf(paras, 'none of the teachers')).toBe('Mara Lind');
  });
});

describe('setOffSubject', () => {
  it('leaves a verb inside the words set off to them', () => {
    expect(setOffSubject('Omar Kask, whose lawyer said it was over, insisted that ')).toBeNull();
  });
  it('is null for a list of names', () => {
    expect(setOffSubject('Kask, Vos and Lind, all members, said that ')).toBeNull();
  });
  it('is null when a clause of its own follows the verb', () => {
    expect(setOffSubject('Omar Kask, the mayor, said the man who told him that ')).toBeNull();
  });
  it('is null for a possessive', () => {
    expect(setOffSubject("Omar Kask's aide, a lawyer, said that ")).toBeNull();
  });
});
