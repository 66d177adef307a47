import { describe, expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: one brought in by another's possessive and a word of kin
// ("NAME's daughter, NAME2, ..."), then a sentence opening on the converse relation of the "her" or "his" who
// is that one ("Her father nodded."): the relation is the owner of that possessive, who says the next quote.

describe('"NAME\'s daughter, NAME2, ..." then "Her father nodded. \\"...,\\" he said."', () => {
  it('the father named by the possessive, not left unanswered', () => {
    const text = [
      'Colonel Arik Tavor spoke first. "The depots are full," he said.',
      'Arik Tavor\'s daughter, Noga Tavor, a reservist who reads the northern papers, sees it the same way. "They mean every word," she said.',
      'Her father nodded. "Listen to the young," he said.',
    ];
    expect(speakersByOpening(text).get('Listen to the')).toBe('Arik Tavor');
  });

  it('no answer when the word of kin does not fit the possessive ("Her mother" of a man\'s daughter)', () => {
    const text = [
      'Colonel Arik Tavor spoke first. "The depots are full," he said.',
      'Arik Tavor\'s daughter, Noga Tavor, a reservist who reads the northern papers, sees it the same way. "They mean every word," she said.',
      'Her mother laughed. "Both of them read too much," she said.',
    ];
    const got = speakersByOpening(text).get('Both of them');
    expect(got).not.toBe('Arik Tavor');
    expect(got).not.toBe('Noga Tavor');
  });
});
