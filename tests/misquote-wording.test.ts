import { describe, it, expect } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// Sentences written for these tests; none comes from an evaluation set.
const kinds = (claim: string, quote: string, reported = false): string[] => compareClaim(claim, quote, reported).differences.map((d) => d.kind);

describe('misquote: one meaning written two ways', () => {
  it('"no one" and "no-one" are "nobody", and still a negation', () => {
    const quote = 'Nobody on the island voted for the bridge';
    expect(compareClaim('no one on the island voted for the bridge', quote).verdict).toBe('close');
    expect(compareClaim('no-one on the island voted for the bridge', quote).verdict).toBe('close');
    expect(compareClaim('Nobody on the island voted for the bridge', 'No one on the island voted for the bridge').verdict).toBe('close');
    expect(kinds('everyone on the island voted for the bridge', 'No one on the island voted for the bridge')).toEqual(['negation']);
    expect(kinds('one on the island voted for the bridge', 'No one on the island voted for the bridge')).toEqual(['negation']);
  });

  it('"over", "above" and "more than" before a number are one bound; "under", "below", "less than" the other', () => {
    const quote = 'The ferry carried more than 300 passengers';
    expect(compareClaim('the ferry carried over 300 passengers', quote).verdict).toBe('close');
    expect(compareClaim('the ferry carried above 300 passengers', quote).verdict).toBe('close');
    expect(compareClaim('the ferry carried under 90 cars', 'The ferry carried fewer than 90 cars').verdict).toBe('close');
    expect(kinds('the ferry carried under 300 passengers', quote)).toEqual(['quantity']);
    expect(kinds('the ferry carried 300 passengers', quote)).toEqual(['quantity']);
    expect(kinds('the ferry carried over 400 passengers', quote)).toEqual(['number']);
    // Not before a number, "over" is only a preposition.
    expect(compareClaim('they argued over the timetable', 'They argued over the timetable').verdict).toBe('same');
  });

  it('quantity words of one WordNet synset are close; other quantity words are not', () => {
    const quote = 'The harbour is almost empty in winter';
    expect(compareClaim('the harbour is nearly empty in winter', quote).verdict).toBe('close');
    expect(compareClaim('the dock was entirely rebuilt', 'The dock was completely rebuilt').verdict).toBe('close');
    expect(kinds('the harbour is always empty in winter', quote)).toEqual(['quantity']);
    expect(kinds('the harbour is rarely empty in winter', 'The harbour is often empty in winter')).toEqual(['quantity']);
  });

  it('a speaker\'s "we" is "they" in a claim typed as reported speech', () => {
    const quote = 'We have to repaint the lighthouse before the storms';
    expect(compareClaim('they have to repaint the lighthouse before the storms', quote, true).verdict).toBe('close');
    expect(compareClaim('their crews will sail at dawn', 'Our crews will sail at dawn', true).verdict).toBe('close');
    // Typed as the words themselves, "they" is someone else.
    expect(kinds('they have to repaint the lighthouse before the storms', quote)).toEqual(['word']);
    // The claim's other changes are still judged.
    expect(kinds('they do not have to repaint the lighthouse', quote, true)).toEqual(['negation']);
  });
});
