import { describe, expect, it } from 'vitest';
import { namesClauseSubject } from '../src/quotes/subject-verb-lead.ts';
import type { WordDifference } from '../src/types.ts';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests: a fragment the reporter's clause gives its speaker through a pronoun.
const port = doc('harbour-dinner', '2024-05-10', [
  'Mara Lind, the harbour master, raised a glass at the dinner on Friday, where she toasted "the health of the night crew."',
  '"We will reopen the north quay in May," port engineer Jonas Berg said.',
]);
const docs = [port];
const ask = whoSaidOver(...docs);
const inserted = (claim: string): WordDifference => ({ kind: 'word', quote: '', quoteStart: 0, quoteEnd: 0, claim });

describe('who-said: a claim opening with the speaker and the reporter\'s verb before a fragment', () => {
  it('the speaker named for "she" with the sentence\'s own verb: close, never the same words', () => {
    const a = ask('lind toasted the health of the night crew');
    expect(a.matches[0]).toMatchObject({ speaker: 'Mara Lind', verdict: 'close', differences: [] });
  });

  it('another verb than the reporter\'s: different', () => {
    expect(ask('lind mocked the health of the night crew').matches[0]?.verdict).toBe('different');
  });

  it('a word of the fragment changed behind the name and verb: different, not nobody', () => {
    const a = ask('lind toasted the health of the day crew');
    expect(a.matches[0]).toMatchObject({ speaker: 'Mara Lind', verdict: 'different' });
  });

  it('someone else named before the verb: never confirmed', () => {
    const a = ask('berg toasted the health of the night crew');
    expect(a.matches.every((m) => m.verdict === 'different')).toBe(true);
  });
});

describe('namesClauseSubject', () => {
  const sentence = 'At the dinner she toasted "the health of the crew."';
  const quote = 'the health of the crew.';
  it('takes the name and the verb right before the quotation mark after a subject pronoun', () => {
    expect(namesClauseSubject(inserted('lind toasted'), quote, sentence, 'Mara Lind')).toBe(true);
  });
  it('takes the speaker\'s own name as the subject', () => {
    expect(namesClauseSubject(inserted('lind toasted'), quote, 'Lind toasted "the health of the crew."', 'Mara Lind')).toBe(true);
  });
  it('refuses a verb the sentence does not have there, a name not the speaker\'s, or a subject that is someone else', () => {
    expect(namesClauseSubject(inserted('lind praised'), quote, sentence, 'Mara Lind')).toBe(false);
    expect(namesClauseSubject(inserted('berg toasted'), quote, sentence, 'Mara Lind')).toBe(false);
    expect(namesClauseSubject(inserted('lind toasted'), quote, 'At the dinner the mayor toasted "the health of the crew."', 'Mara Lind')).toBe(false);
  });
  it('refuses words put in anywhere but before the quote\'s first word', () => {
    expect(namesClauseSubject({ ...inserted('lind toasted'), quoteStart: 4 }, quote, sentence, 'Mara Lind')).toBe(false);
  });
});
