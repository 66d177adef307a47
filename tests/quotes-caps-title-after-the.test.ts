import { describe, it, expect } from 'vitest';
import { quoteOpeningWith, speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a title written in capitals after "the", then a name.
describe('"the MP NAME", "the CEO NAME": a capitals title before a name, not a body\'s name', () => {
  it('the person speaks, named without the article and title', () => {
    const paras = ['The MP Stijn Kalf replied on X to a post by an activist: "Read the bill before you shout."'];
    expect(speakerOf(paras, 'Read the bill before you shout')).toBe('Stijn Kalf');
  });
  it('a person, not a body', () => {
    const paras = ['Pressed on his remark, the CEO Ada Roe said: "I was misunderstood."'];
    expect(quoteOpeningWith(paras).get('I was misunderstood')).toEqual({ speaker: 'Ada Roe', kind: 'person' });
  });
});
