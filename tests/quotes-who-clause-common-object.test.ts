import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented places: one described opening the sentence, a "who" clause whose
// verb takes a common noun for its object, then a participle of anonymity set off by commas, then the verb of saying.
describe('"A NOUN who VERBs the NOUN, speaking on condition of anonymity, said"', () => {
  it('the one described speaks, past the clause and the participle', () => {
    const got = speakersByQuote(['A senior diplomat who has handled the Varn desk, speaking on condition of anonymity, said the government would "wait and watch" before it took any position.']);
    expect(got.get('wait and watch')).toBe('a senior diplomat');
  });
  it('so with a plural object', () => {
    const got = speakersByQuote(['A harbour pilot who guides the grain ships, speaking on condition of anonymity, said the ships were "running dark" at night.']);
    expect(got.get('running dark')).toBe('a harbour pilot');
  });
});
