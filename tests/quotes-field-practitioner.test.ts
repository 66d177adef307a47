import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { practisesField } from '../src/quotes/field-practitioner.ts';

// Sentences and names written for these tests: one who teaches a field is its practitioner ("a professor of
// Baltic history" is "the historian"), a looser fit kept aside as a research fellow's is for "the analyst".

describe('"the historian" after "NAME, a professor of Baltic history"', () => {
  it('the professor of history is the historian a sentence opens on, the "he" after it', () => {
    const got = speakersByOpening([
      'Anders Vilk, a professor of Baltic history, and his wife, Mette Vilk, who teaches Danish, sat at opposite ends of the table.',
      '"The ports were always the prize," Anders Vilk told the audience.',
      'Mette Vilk was quick to answer. "That is a narrow view," she said.',
      'The historian shook his head. "The railways came later," he said.',
    ]);
    expect(got.get('The railways came')).toBe('Anders Vilk');
  });

  it('reads the field by its stem, and only in a role of learning', () => {
    expect(practisesField('a professor of Baltic history', 'historian')).toBe(true);
    expect(practisesField('a lecturer in economics', 'economist')).toBe(true);
    expect(practisesField('a history professor', 'historian')).toBe(true);
    expect(practisesField('a student of history', 'historian')).toBe(false);
    expect(practisesField('a professor of physics', 'physician')).toBe(false);
  });
});
