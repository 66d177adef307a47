import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { roleInCategory } from '../src/quotes/role-fit.ts';

// Sentences and names written for these tests: an ambassador or an envoy is a diplomat, so "the retired
// diplomat" after "Former ambassador NAME" is that envoy.

describe('"the retired diplomat" after "Former ambassador NAME"', () => {
  it('an envoy the text named just before is the diplomat', () => {
    const got = speakersByOpening([
      'Former ambassador Arvind Sethuraman, who served as the envoy to Tallinn between 2011 and 2015, told the agency that the summit reflected a shortage of shells.',
      '"Moscow is buying time and shells, not a new alliance," the retired diplomat said.',
    ]);
    expect(got.get('Moscow is buying')).toBe('Arvind Sethuraman');
  });

  it('files envoys of any rank under the diplomat, not other callings', () => {
    expect(roleInCategory('Former ambassador', 'diplomat')).toBe(true);
    expect(roleInCategory('a special envoy', 'diplomat')).toBe(true);
    expect(roleInCategory('a former banker', 'diplomat')).toBe(false);
  });
});
