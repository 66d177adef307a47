import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// "Another broker" brings in one more person of a kind already quoted: the subject a later "he" means, not the
// first of the kind.
describe('"Another NOUN" as a sentence subject', () => {
  it('sets up the second unnamed speaker, with or without a who-clause set off', () => {
    const got = speakersByQuote([
      '"The yard is full," one stevedore told the paper.',
      'Another stevedore, who works the night shift at the grain berth, said the cranes had been idle for days. "Nobody pays overtime for waiting," he said.',
    ]);
    expect(got.get('The yard is full')).toBe('one stevedore');
    expect(got.get('Nobody pays overtime for waiting')).toBe('another stevedore');
  });

  it('sets up one brought in so after a named person', () => {
    const got = speakersByQuote(['Ivo Brandt, a crane driver, said the berth was quiet.', 'Another driver said the union would meet on Friday. "We vote then," she said.']);
    expect(got.get('We vote then')).toBe('another driver');
  });
});
