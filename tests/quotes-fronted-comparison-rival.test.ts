import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: a sentence a "he said" passes over opens
// on a comparison ("Unlike NAME,") with another man who spoke earlier.
describe('a name inside a fronted comparison is no rival for the pronoun', () => {
  const opening = [
    '"It is a marriage of convenience," said Taras Tarvo, an adviser to the president. "A bad one," Tarvo said.',
    'Vasyl Kerchuk served as ambassador in Osmund from 2010 to 2014. He believes the pact changes less than it seems.',
    '"Lorland sells what it has," Kerchuk said.',
  ];
  it('"Unlike Tarvo, the ex-diplomat doubts .... "...," he said." is the ex-diplomat\'s, the one quoted before', () => {
    const got = speakersByQuote([...opening, 'Unlike Tarvo, the ex-diplomat doubts the shells will change the front line. "They will help Lorland fire more, not fire better," he said.']);
    expect(got.get('They will help Lorland fire more, not fire better')).toBe('Vasyl Kerchuk');
  });
  it('"Like Tarvo, Kerchuk doubts ...": the same with the name', () => {
    const got = speakersByQuote([...opening, 'Like Tarvo, Kerchuk doubts the shells will matter. "They are old," he said.']);
    expect(got.get('They are old')).toBe('Vasyl Kerchuk');
  });
  it('a rival who opens the sentence as its subject still leaves the pronoun open', () => {
    const got = speakersByQuote([...opening, 'Tarvo, unlike the ex-diplomat, doubts the shells will matter. "They are old," he said.']);
    expect(got.get('They are old')).not.toBe('Vasyl Kerchuk');
  });
});
