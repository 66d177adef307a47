import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: an inverted credit whose role after a firm's possessive ends in "of" and a field.
describe('"said FIRM\'s head of FIELD, NAME" credits the named person, not "FIRM\'s head"', () => {
  it('reads the role on to the comma and the name set off after it', () => {
    const paragraphs = [
      'Survey firm Larkspur Data said in a note that ferries were skipping the northern route.',
      '"We count fewer crossings every week," said Larkspur\'s head of field research, Tomas Wrenn. "The winter will tell."',
    ];
    expect(speakerOf(paragraphs, 'We count fewer')).toBe('Tomas Wrenn');
    expect(speakerOf(paragraphs, 'The winter will tell')).toBe('Tomas Wrenn');
  });
});
