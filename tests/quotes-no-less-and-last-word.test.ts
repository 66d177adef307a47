import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented names): "was no less direct" says how its subject spoke as "was more
// direct" does, and "had the last word" before a colon says the subject spoke the words after it.
describe('"NAME was no less direct" and "NAME had the last word:"', () => {
  it('keeps the one who was no less direct at hand for the pronoun after', () => {
    expect(speakerOf(['Ivo Lind was no less direct. "No deal," he said.'], 'No deal')).toBe('Ivo Lind');
  });

  it('reads "was no less direct:" as a credit before the colon', () => {
    expect(speakerOf(['Ivo Lind was no less direct: "We will see."'], 'We will see')).toBe('Ivo Lind');
  });

  it('reads "had the last word:" as a credit before the colon, with an aside too', () => {
    expect(speakerOf(['Ivo Lind had the last word: "We will see."'], 'We will see')).toBe('Ivo Lind');
    expect(speakerOf(['Ivo Lind had the last word, as professors tend to: "We will see."'], 'We will see')).toBe('Ivo Lind');
  });

  it('does not read other things had before a colon as speech', () => {
    expect(speakerOf(['Ivo Lind had a plan: "We will see."'], 'We will see')).toBeNull();
  });
});
