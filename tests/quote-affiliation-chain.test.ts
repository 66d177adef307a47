import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a person's name, then where the person works given as a chain of
// two or more names joined by prepositions, right before the verb.

describe('a name, then a chain of affiliations, before "said"', () => {
  it('"Dr NAME of the Institute for X at Y College said": the person, not the college', () => {
    const text = ['Dr Mara Quint of the Institute for Lake Studies at Fenwick College said the plan was "a modest step".'];
    expect(speakerOf(text, 'a modest step')).toBe('Mara Quint');
  });

  it('a later "She said:" is hers too', () => {
    const text = ['Prof Lotte Brandt of the Centre for Arctic Law at Holmgard University said the treaty was "overdue".', 'She said: "The ice will not wait for the lawyers."'];
    expect(speakerOf(text, 'overdue')).toBe('Lotte Brandt');
    expect(speakerOf(text, 'ice will not wait')).toBe('Lotte Brandt');
  });

  it('the name inside the chain stays the object of a preposition: "A friend of NAME at X in Y said" is not NAME\'s', () => {
    const text = ['A friend of Jane Roe at the Institute for Lake Studies in Fenwick said the plan was "far too late".'];
    expect(speakerOf(text, 'far too late')).not.toBe('Jane Roe');
  });
});
