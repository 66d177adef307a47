import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Passages written for this test (invented people): a compound adjective joined by hyphens before a name in a
// credit after a quote ("warm-and-fuzzy Brenn said"), which the tagger splits into parts, so the phrase read
// was no name and no one was credited.
describe('a hyphened adjective before a name', () => {
  it('credits the name after a compound adjective alone or after "an"', () => {
    const by = speakersByOpening([
      'Otto Brenn met the president for an hour. A reporter asked whether they had talked about the wall. "We did not discuss that," warm-and-fuzzy Brenn said.',
      '"We talked about roads," an ever-cautious Brenn said.',
    ]);
    expect(by.get('We did not')).toBe('Otto Brenn');
    expect(by.get('We talked about')).toBe('Otto Brenn');
  });
  it('keeps a role joined by hyphens a role, the name the speaker', () => {
    const by = speakersByOpening(['"We talked about roads," ex-president Ivo Marr said.']);
    expect(by.get('We talked about')).toBe('Ivo Marr');
  });
});
