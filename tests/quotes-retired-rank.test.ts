import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people).
describe('a military rank kept in retirement', () => {
  it('"the colonel" is the one named as "a retired army colonel"', () => {
    const paragraphs = ['"That is speculation," said Ruth Imber.', '"The port is finished," said Harlan Voss, a retired army colonel.', '"They left long ago," the colonel said.'];
    expect(speakerOf(paragraphs, 'They left long ago')).toBe('Harlan Voss');
  });
  it('but "the captain" is still not "a former captain"', () => {
    const paragraphs = ['"That is speculation," said Ruth Imber.', '"The port is finished," said Harlan Voss, a former captain.', '"They left long ago," the captain said.'];
    expect(speakerOf(paragraphs, 'They left long ago')).not.toBe('Harlan Voss');
  });
});
