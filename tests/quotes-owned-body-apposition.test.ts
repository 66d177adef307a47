import { describe, it, expect } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests: a name set off with "the state-owned (family-run, publicly listed) NOUN"
// is a body's, whatever the noun, and "the company" after it is that body.
describe('a name set off as owned, run or listed', () => {
  const paras = ['Tarvo Lanes Freight, the state-owned operator of the northern lines, said in a statement that its traffic was "within the usual range" and that it "fully observes" the rules. "We carry no banned cargo," the company said.'];
  const q = quoteOpeningWith(paras);
  it('the partials are the body\'s, typed as one', () => {
    expect(q.get('within the usual')).toEqual({ speaker: 'Tarvo Lanes Freight', kind: 'organisation' });
    expect(q.get('fully observes')).toEqual({ speaker: 'Tarvo Lanes Freight', kind: 'organisation' });
  });
  it('"the company" after it is the same body', () => {
    expect(q.get('We carry no')).toEqual({ speaker: 'Tarvo Lanes Freight', kind: 'organisation' });
  });
  it('a person set off as state-backed stays a person', () => {
    const person = quoteOpeningWith(['Ilse Marten, a state-backed candidate, said the vote was "already decided."']);
    expect(person.get('already decided')).toEqual({ speaker: 'Ilse Marten', kind: 'person' });
  });
});
