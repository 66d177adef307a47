import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an "and" inside a body's name after its "of" ("Ministry of Ports and
// Harbours") joins one name; the body's spokesperson after it is one subject, not two joined by "and".
describe('a body name with "and" before its spokesperson', () => {
  it('"A Ministry of Ports and Harbours spokesperson said COUNTRY "..."" is the spokesperson\'s', () => {
    const paras = ['A Ministry of Ports and Harbours spokesperson said Ostland "regrets any delay" from the strike, which would breach the port code.'];
    expect(speakerOf(paras, 'regrets any delay')).toBe('a Ministry of Ports and Harbours spokesperson');
  });
  it('two words of the name before the "and"', () => {
    const paras = ['A Ministry of Coastal Affairs and Trade spokesperson said Ostland "condemns any dumping" from the ships.'];
    expect(speakerOf(paras, 'condemns any dumping')).toBe('a Ministry of Coastal Affairs and Trade spokesperson');
  });
  it('the credit before the quote', () => {
    const paras = ['The Department of Roads and Bridges spokesman told reporters, "We regret any delay."'];
    expect(speakerOf(paras, 'regret any delay')).toBe('the Department of Roads and Bridges spokesman');
  });
  it('a title of nobility and a person joined by "and" are still two speakers', () => {
    const paras = ['The Duke of Lorn and Anna Vell said, "We regret any delay."'];
    expect(speakerOf(paras, 'regret any delay')).not.toBe('the Duke of Lorn and Anna Vell');
  });
});
