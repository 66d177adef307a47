import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a name set off after "His wife," then an aside of more than fourteen words
// between spaced dashes, then the verb; a "she said" follows in the same paragraph.
describe('a long aside between dashes after a name is no part of the subject', () => {
  const before = 'The harbour master, Tomas Wren, said the ferries had kept running. "Nothing stops here," he said.';
  it('the name set off before the aside is who "she" is', () => {
    const paras = [
      before,
      'His wife, Ida Lund - women on the island have always kept their own family names, and she kept hers after the wedding too - runs the ferry office. She said the schoolchildren had asked about the news. "I told them the boats will still come," she said.',
    ];
    expect(speakerOf(paras, 'the boats will still come')).toBe('Ida Lund');
  });
  it('a single dash with no pair closing it sets nothing aside', () => {
    const paras = [
      before,
      'His wife, Ida Lund, said the island had always been quiet - and that the news had changed nothing at all for the families who live there. "I told them the boats will still come," she said.',
    ];
    expect(speakerOf(paras, 'the boats will still come')).toBe('Ida Lund');
  });
});
