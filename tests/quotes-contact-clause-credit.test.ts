import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: a described speaker with the writer's contact clause after the head ("I
// know", "we met in Riga") as the subject of the credit before the quote.
describe('"A Latvian pilot I know told me, "..."" credits the one described', () => {
  it('`A Latvian pilot I know told me last spring, "..."`', () => {
    const paras = ['The airport lost its last airline in May.', 'A Latvian pilot I know told me last spring, “Nobody lands here for pleasure.”'];
    expect(speakerOf(paras, 'lands here for pleasure')).toBe('a Latvian pilot');
  });
  it('reads the description before the clause, and nothing when the head is no person', () => {
    expect(parseSpeakerPhrase('An engineer we met in Riga')).toMatchObject({ type: 'description', kind: 'unnamed', head: 'engineer' });
    expect(parseSpeakerPhrase('A report I read')).toBeNull();
  });
});
