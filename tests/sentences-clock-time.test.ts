import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.ts';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented people and places): "a.m." and "p.m." end a sentence when a name
// opens the next one, but a clock time runs on into a day, a month, a time zone or a place's time.
describe('a clock time before a capitalised word', () => {
  it('ends the sentence before a name', () => {
    const t = 'The queue at the depot was forming by 10 a.m. Orsini looked out at it and sighed.';
    expect(splitSentences(t).map((s) => s.text)).toEqual(['The queue at the depot was forming by 10 a.m.', 'Orsini looked out at it and sighed.']);
  });

  it('goes on into a day, a time zone or a place\'s time', () => {
    for (const t of [
      'The ferry leaves at 9 a.m. Monday from the north pier.',
      'The vote closes at 8 p.m. EDT, officials in Carrow said.',
      'I set my alarm for 2 a.m. Pacific to watch the count.',
      'The talks began at 10 a.m. Vostok time in the old hall.',
      'The launch was set for 6 a.m. Sept. 13 at the Palmer range.',
    ]) {
      expect(splitSentences(t).map((s) => s.text)).toEqual([t]);
    }
  });

  it('lets the name after it be the subject a later pronoun goes back to', () => {
    const paras = [
      'Pastor Ivo Marren said the news came up at the evening meeting. "People are frightened," Marren said.',
      'Tomas Quill, who runs the bakery, was less sure. "Nothing will change," he said.',
      'Back at the hall, the soup line was forming by 10 a.m. Marren looked out at it and shook his head.',
      '"These are the people who remember the last war," he said.',
    ];
    expect(speakerOf(paras, 'These are the people')).toBe('Ivo Marren');
  });
});
