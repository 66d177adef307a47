import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a sentence opening "According to <a source>," then a main clause
// whose subject is a person, then "he said" in the next sentence.

describe('"According to state media, NAME said ..." makes NAME the subject for a later "he"', () => {
  it('the next sentence\'s "he" is the main clause\'s subject, not the source', () => {
    const text = ['Valdoria\'s Mr Lund met Kessland\'s Mr Berg on Monday.', 'According to Valdorian state media, Mr Lund said afterwards that Valdoria would help Kessland build bridges. Asked about trade, he said only that the outlook was "bright".'];
    expect(speakerOf(text, 'bright')).toBe('Lund');
  });

  it('in the next paragraph too', () => {
    const text = ['Valdoria\'s Mr Lund met Kessland\'s Mr Berg on Monday.', 'According to the ministry, Mr Berg promised new ferries.', '"We will see," he added.'];
    expect(speakerOf(text, 'We will see')).toBe('Berg');
  });

  it('"According to him, ..." keeps "him" as the one meant', () => {
    const text = ['Mr Lund spoke to reporters after the talks.', 'According to him, Valdoria and Kessland have "many questions to settle".'];
    expect(speakerOf(text, 'many questions to settle')).toBe('Lund');
  });
});
