import { describe, expect, it } from 'vitest';
import { quoteOpeningWith, speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests (invented names): British style writes the clergy's "Rev" and "Revd" without a
// full stop, and "the Rev Jane Roe" is then a titled person, not a body named "the Rev Jane Roe".
describe('"the Rev" and "the Revd" without a full stop', () => {
  it('reads "The Rev Anna Clegg" as a person with a title', () => {
    expect(parseSpeakerPhrase('The Rev Anna Clegg')).toMatchObject({ type: 'name', name: 'Anna Clegg', kind: 'person' });
    expect(parseSpeakerPhrase('the Revd Owen Pryce')).toMatchObject({ type: 'name', name: 'Owen Pryce', kind: 'person' });
  });
  it('credits the titled vicar as a person, and a later "he said" to him', () => {
    const paras = [
      'The Rev Owen Pryce, vicar of St Bride’s in Carrow, said the closure of the library raised “a question of who the village is for.” He said he had asked the county to wait. “A village without books is a waiting room,” he said.',
    ];
    const q = quoteOpeningWith(paras);
    expect(q.get('a question of who')).toEqual({ speaker: 'Owen Pryce', kind: 'person' });
    expect(speakerOf(paras, 'A village without books')).toBe('Owen Pryce');
  });
});
