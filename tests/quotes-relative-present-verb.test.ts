import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: one described opening the sentence with a "who" clause whose verb
// is in the present and ends in "-s" ("A trader who watches the port said"), which a tagger may take for a
// plural noun. The verb belongs to the clause; the one described speaks.

describe('a present verb in "-s" right after "who"', () => {
  it('"A trader who watches the port said it would "..."" is the trader', () => {
    const text = ['The krone fell on Monday.', 'A trader who watches the Velmar port said it would "stay quiet until spring."'];
    expect(speakerOf(text, 'stay quiet until spring')).toBe('a trader');
  });

  it('"An engineer who monitors the pumps said" is the engineer', () => {
    const text = ['The dam held overnight.', 'An engineer who monitors the pumps said the levels were "lower than feared."'];
    expect(speakerOf(text, 'lower than feared')).toBe('an engineer');
  });

  it('a past verb after "who" already read so stays the one described', () => {
    const text = ['The krone fell on Monday.', 'A trader who watched the Velmar port said it would "stay quiet until spring."'];
    expect(speakerOf(text, 'stay quiet until spring')).toBe('a trader');
  });
});
