import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a first-person essay under a byline, the writer quoting himself and others.
describe('a "he" after the writer\'s own "I told him"', () => {
  const paras = [
    'By Colin Marsh',
    'My old friend Arthur Bellweather lives in Kent now. I rang him on Monday. "It was always coming," he told me.',
    '"The ferries are the point," I told him. "The rest is noise."',
    'He disagreed, as he always did. "The ferries are the bait," he said. "The harbour is the prize."',
  ];
  it('still gives the writer his own "I told him"', () => {
    expect(speakerOf(paras, 'The ferries are the point')).toBe('Colin Marsh');
  });
  it('never gives the writer a "he said" after it', () => {
    expect(speakerOf(paras, 'The ferries are the bait')).not.toBe('Colin Marsh');
    expect(speakerOf(paras, 'The harbour is the prize')).not.toBe('Colin Marsh');
  });
  it('leaves the friend his "he told me" before the writer spoke', () => {
    expect(speakerOf(paras, 'It was always coming')).toBe('Arthur Bellweather');
  });
  it('lets a "he" pass over a woman writer to the man she called', () => {
    const paras2 = [
      'By Greta Allwood',
      'I wrote last spring that the two ports were "rivals of habit". I would not write that today.',
      'A former colleague of mine at the harbour office, now retired, put it more bluntly when I called him this week. "We need fish, they need everything else," he said.',
    ];
    expect(speakerOf(paras2, 'We need fish')).toBe('a former colleague of mine at the harbour office');
  });
});
