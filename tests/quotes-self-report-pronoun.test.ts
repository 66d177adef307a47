import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for this test: a sentence whose subject, a name, reports what "he" thinks ("Lind said he
// agreed"), then a quote credited to "he": the one who reported it, not another man named before.
describe('a pronoun after "NAME said he ..."', () => {
  it('is the subject of the sentence before, past a man quoted by the media before it', () => {
    const paragraphs = ['Tor Lind, a harbour historian, has followed the dispute for years.', 'A Danish scholar, Ken Aasen, speaking at a forum, was quoted by local radio as saying that the deal was a warning. Lind said he agreed with that assessment. “We should watch the quay closely,” he said.'];
    expect(speakerOf(paragraphs, 'watch the quay closely')).toBe('Tor Lind');
  });
});
