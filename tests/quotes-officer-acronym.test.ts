import { describe, expect, it } from 'vitest';
import { quoteOpeningWith, speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and firm): a company officer's title in capitals ("the CFO",
// "the COO") describes a person, and stands for the title spelled out beside a name before it.
describe('a company officer called by the acronym of the title', () => {
  it('"the CEO said" is the chief executive the paragraph named', () => {
    const paras = ['Chief executive Anna Weiss opened the call with the quarter. "Our margins held up well," the CEO said.'];
    expect(speakerOf(paras, 'Our margins held up well')).toBe('Anna Weiss');
  });
  it('"the CFO" and "the COO" with no holder named are people described, not bodies', () => {
    const q = quoteOpeningWith(['Kestrel Tools held its call on Friday.', '"Cash is tight," the CFO said.', '"The plant restarts in May," the COO said.']);
    expect(q.get('Cash is tight')).toEqual({ speaker: 'the CFO', kind: 'unnamed' });
    expect(q.get('The plant restarts')).toEqual({ speaker: 'the COO', kind: 'unnamed' });
  });
});
