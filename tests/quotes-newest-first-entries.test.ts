import { describe, expect, it } from 'vitest';
import { newestFirstEntries } from '../src/quotes/newest-first-entries.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Live blogs written for these tests, with invented people and places. Told newest first, an entry's opening
// "he said" means someone of the entries below it (earlier), never the man the entry above (later) names.
describe('a blog told newest first: "HH:MM ¶ More from that briefing: "...," he said."', () => {
  const blog = [
    '11:40 BST',
    'Our correspondent Nell Hardy writes from Tarnow: A fisherman, Bram Oster, showed us his empty nets. "Nothing since Monday," he said.',
    '11:15 BST',
    'More from that briefing: "We will not discuss the convoy," he said when pressed.',
    '10:50 BST',
    'The harbour authority chief, Ivo Selten, has been speaking to reporters in Tarnow. He said the port would reopen "within days".',
  ];
  it('leaves the entry\'s pronoun to no one rather than the man the entry above names', () => {
    const got = speakersByQuote(blog);
    expect(got.get('Nothing since Monday')).toBe('Bram Oster');
    expect(got.get('We will not discuss the convoy')).toBeNull();
    expect(got.get('within days')).toBe('Ivo Selten');
  });
  it('keeps a pronoun whose antecedent its own entry names', () => {
    const got = speakersByQuote([
      '14:20 BST',
      'Ivo Selten has spoken again. "The convoy has left," he said.',
      '13:05 BST',
      'Bram Oster, a fisherman, says the nets are empty. "Nothing since Monday," he said.',
      '12:10 BST',
      'The port is closed.',
    ]);
    expect(got.get('The convoy has left')).toBe('Ivo Selten');
    expect(got.get('Nothing since Monday')).toBe('Bram Oster');
  });
  it('is a blog told newest first only when three times or more fall down the page', () => {
    expect(newestFirstEntries(['11:40 BST', 'a', '11:15 BST', 'b', '10:50 BST', 'c'])).toEqual([0, 2, 4]);
    expect(newestFirstEntries(['10:50 BST', 'a', '11:15 BST', 'b', '11:40 BST', 'c'])).toBeNull();
    expect(newestFirstEntries(['11:40 BST', 'a', '11:15 BST', 'b'])).toBeNull();
    expect(newestFirstEntries(['**9:30 pm** The minister left.', '8:15 pm - He spoke.', '07:00 BST: Doors opened.'])).toEqual([0, 1, 2]);
  });
});
