import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people).
describe('a fronted "Told of ...," clause before the subject', () => {
  it('leaves the name after it the subject a later pronoun means', () => {
    const paragraphs = [
      '"The yard will close," said Orsolya Penn, a shipwright.',
      '"That is speculation," said Ruth Imber, a Lisbon economist.',
      'A harbour official said the yard had orders until June.',
      'Told of this, Ruth Imber shook her head. "June is a long way off," she said.',
    ];
    expect(speakerOf(paragraphs, 'June is a long way off')).toBe('Ruth Imber');
  });
});
