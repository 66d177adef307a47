import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people, outlets and places: a sentence of reported speech
// whose subject stands after a fronted participle's phrase, or whose inverted credit names a body's man by
// its possessive ("noted KVBC's NAME"), is reported by that name, and a "he" crediting the quote right after
// it goes on with him.
describe('the one reporting in the sentence before, past a fronted participle or a body\'s possessive', () => {
  it('"Looking ahead to ..., Marsh explained why he backs NAME over NAME. "...," he said."', () => {
    const got = speakersByQuote([
      'General Gordon Marsh retired two years ago and now speaks his mind about the army.',
      'Looking ahead to the future of the forces, Marsh explained why he backs Senator Paul Raine over Governor Tom Beck. "This country needs a steady hand," he said.',
    ]);
    expect(got.get('This country needs a steady hand')).toBe('Gordon Marsh');
  });
  it('"..., noted KVBC\'s Gordon Vell. "...," he wrote." past a strategist quoted before', () => {
    const got = speakersByQuote([
      'Sean Pruitt, a party strategist, said the debate had moved the race. "He is seen as the change," Pruitt said.',
      'Yet a single evening on stage seldom turns a race, noted KVBC\'s Gordon Vell. "By the time the podiums go up, most voters have chosen," he wrote.',
    ]);
    expect(got.get('By the time the podiums go up, most voters have chosen')).toBe('Gordon Vell');
  });
  it('not a participle\'s phrase that holds a clause of its own set off by commas', () => {
    const got = speakersByQuote([
      'Tom Beck spoke first at the forum.',
      'Responding to Beck, who had attacked him, Marsh said the army was ready. "We are stronger than ever," he said.',
    ]);
    expect(got.get('We are stronger than ever')).not.toBe('Tom Beck');
  });
});
