import { describe, expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// "a nun serving in the Far North describes ...": the tagger may cut a place's capitalised name short ("Far" read
// as an adverb); the whole name and its article still hang on the described person, who speaks, not the place.
describe('a described speaker placed in a region named by capitalised words', () => {
  it('gives the words to the described nun, not to the region', () => {
    const q = quoteOpeningWith(['The synod met the news with a call to calm, while a nun serving in the Canadian Far North describes a town "between hope and dread".']).get('between hope');
    expect(q.kind).toBe('unnamed');
    expect(q.speaker).toContain('nun');
  });

  it('still reads a place without an article as before', () => {
    const q = quoteOpeningWith(['The synod met the news with a call to calm, while a nun serving in Tolsk Oblast describes a town "between hope and dread".']).get('between hope');
    expect(q.speaker).toContain('nun');
  });
});
