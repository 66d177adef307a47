import { describe, expect, it } from 'vitest';
import { quoteOpeningWith, speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and firm): a company officer's title in capitals ("the CFO",
// "the COO") describes a person, and stands for the title spelled out beside a name before it.
describe('a company officer called by the acronym of the title', () => {
  it('"the CEO said" is the chief executive the paragraph named', () => {
    const paras = ['Chief executive Anna Weiss opened the call with the quarter. "Our margins held up well," the CEO said.'];
    expect(speakerOf(paras, 'Our margins held up well')).toBe('Anna Weiss');
  });
  it('"the CFO" is the one a sentence opened with the title spelled out in lowercase after its capital ("Chief financial officer NAME")', () => {
    const paras = [
      'Analyst Grete Lund of Nordhavn Securities asked whether the firm expected looser export rules. Chief financial officer Lund Per-eik, who is no relation of hers, replied that the company "does not guess at policy."',
      '"All I can say is that our plan assumes no change," the CFO said.',
    ];
    expect(speakerOf(paras, 'our plan assumes no change')).toBe('Lund Per-eik');
    expect(speakerOf(['Chief operating officer Anna Weiss opened the call. "The plant restarts in May," the COO said.'], 'The plant restarts')).toBe('Anna Weiss');
  });
  it('"Chief financial officer NAME" in lowercase words before the name is "the CFO" of the paragraph after', () => {
    const paras = [
      'Analyst Grace Weiss of Lund Securities asked about the export rules. Chief financial officer Weiss Min-ho, who is no relation of hers, replied that the firm "does not guess at policy."',
      '"All I can say is that our plan assumes no change," the CFO said.',
    ];
    expect(speakerOf(paras, 'All I can say')).toBe('Weiss Min-ho');
  });
  it('"finance chief NAME" likewise', () => {
    const paras = ['The finance chief Anna Weiss opened the call.', '"Cash is tight," the CFO said.'];
    expect(speakerOf(paras, 'Cash is tight')).toBe('Anna Weiss');
  });
  it('"the CFO" and "the COO" with no holder named are people described, not bodies', () => {
    const q = quoteOpeningWith(['Kestrel Tools held its call on Friday.', '"Cash is tight," the CFO said.', '"The plant restarts in May," the COO said.']);
    expect(q.get('Cash is tight')).toEqual({ speaker: 'the CFO', kind: 'unnamed' });
    expect(q.get('The plant restarts')).toEqual({ speaker: 'the COO', kind: 'unnamed' });
  });
});
