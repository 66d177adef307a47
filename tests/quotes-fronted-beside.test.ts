import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: a name after a fronted place beside someone, or a participle of sitting there.
describe('a fronted "Next to her," or "Sitting nearby," leaves the name after it the subject', () => {
  for (const lead of ['Next to her, Ada Vikander, 81, nodded.', 'Sitting nearby, Ada Vikander nodded.', 'Sitting next to him, Ada Vikander, 81, nodded.']) {
    it(`reads "${lead}" as bringing in the one a later "she said" stands for`, () => {
      const paragraphs = [lead, '"I remember the long winter on the ferry," she said.'];
      expect(speakerOf(paragraphs, 'I remember the long winter')).toBe('Ada Vikander');
    });
  }
});
