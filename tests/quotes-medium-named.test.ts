import { describe, it, expect } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for this test: a name the grammar reads after a medium's noun ("on the page Coastline Truth")
// is the medium's, a body, not a person's, whatever its words look like.
describe('a name after a medium noun', () => {
  it('"A later post on the page NAME said:" is the page, a body', () => {
    const q = quoteOpeningWith(['Rumours spread fast after the flood.', 'A later post on the page Coastline Truth said: ‘The dam was opened on purpose to save the golf resort.’']);
    expect(q.get('The dam was opened')).toEqual({ speaker: 'Coastline Truth', kind: 'organisation' });
  });
  it('a person after a trade noun stays a person', () => {
    const q = quoteOpeningWith(['The blogger Ruth Kessel said: “The dam was opened on purpose.”']);
    expect(q.get('The dam was opened')).toEqual({ speaker: 'Ruth Kessel', kind: 'person' });
  });
});
