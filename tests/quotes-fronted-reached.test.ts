import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a fronted participle saying how the subject was got hold of ("Reached at his
// home, ...", "Contacted by this paper, ...") opens onto the subject as "Asked whether ..., " does, so the
// "he said" of the next paragraph is that subject's.
describe('a fronted participle of getting hold of the subject', () => {
  it('`Reached at his home in PLACE, NAME, 85, said ...` then `"...," he said.`', () => {
    const paras = ['Reached at his home in Brill, Tor Lund, 85, said he had talked with her in May.', '“We were better neighbours than friends,” he said.'];
    expect(speakerOf(paras, 'better neighbours')).toBe('Tor Lund');
  });
  it('`Contacted by this paper, NAME said ...` then `"...," she said.`', () => {
    const paras = ['Contacted by this paper, Ida Marn said the ferry would run again in spring.', '“We owe the island that much,” she said.'];
    expect(speakerOf(paras, 'owe the island')).toBe('Ida Marn');
  });
});

// Passages written for these tests: two short fronted phrases of time and place, one after the other, open onto
// the subject as one does.
describe('two fronted phrases before the subject', () => {
  it('`After the match, over coffee, NAME\'s wife, NAME, told ...` then `She said she had been "..."`', () => {
    const paras = ["After the match, over coffee, Dr. Lund's wife, Ida Marn, told the club about her childhood. She said she had been “afraid of the dark” as a girl.", '“I pray,” she said.'];
    expect(speakerOf(paras, 'afraid of the dark')).toBe('Ida Marn');
    expect(speakerOf(paras, 'I pray')).toBe('Ida Marn');
  });
});
