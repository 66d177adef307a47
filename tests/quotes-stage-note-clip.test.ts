import { describe, it, expect } from 'vitest';
import { quoteOpeningWith, speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a broadcast transcript in which a label in capitals is followed by
// a stage note in parentheses ("(Through interpreter)", "(laughing)") and then a clip wholly in quotation marks.
// The clip is the label's speaker's; the stage note is no part of the words.

const transcript = (clip: string): string[] => [
  'NORA VIK, ANCHOR: Good evening. The two premiers met at the harbour today.',
  'TOMAS ELD, BYLINE: Here is the Velmarian premier at the start of the talks.',
  clip,
  'ELD: That was the tone all day.',
];

describe('a clip in quotation marks after a label and a stage note', () => {
  it('"ARVID KROLL: (Through interpreter) "...."" is Arvid Kroll\'s', () => {
    const text = transcript('ARVID KROLL: (Through interpreter) "Our harbour is open to friends. We will build the new pier together."');
    expect(speakerOf(text, 'Our harbour is open to friends')).toBe('Arvid Kroll');
  });

  it('the stage note is no part of the quote', () => {
    const text = transcript('ARVID KROLL: (laughing) "Our harbour is open to friends."');
    expect(quoteOpeningWith(text).get('Our harbour').speaker).toBe('Arvid Kroll');
  });

  it('a clip with more prose after the quotation is not read so', () => {
    const text = transcript('ARVID KROLL: (Through interpreter) "Our harbour is open to friends," he said, and left.');
    expect(speakerOf(text, 'Our harbour is open to friends')).not.toBe('Nora Vik');
  });
});
