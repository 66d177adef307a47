import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people, places and blogs): a blog's byline over a post that says it
// is someone else's, a guest's, whose "I" is not the byline's.
describe('a byline over a guest post names no writer of the narration\'s "I"', () => {
  const body = 'In a lecture last winter I argued that "the salt roads made the river towns rich". I still think so.';
  it('"Posted by NAME, Editor" then "This week\'s guest post is by Dr NAME2": no one', () => {
    expect(speakerOf(['Posted by Kirsten Malle, Editor', 'This week\'s guest post is by Dr Anselm Trube of the Orvin Museum.', body], 'salt roads')).toBeNull();
  });
  it('"By NAME" over "a guest column": no one', () => {
    expect(speakerOf(['By Kirsten Malle', 'Our guest column this month comes from a retired ferry pilot.', body], 'salt roads')).toBeNull();
  });
  it('the byline still names the writer when nothing says the post is another\'s', () => {
    expect(speakerOf(['Posted by Kirsten Malle, Editor', 'This week I went back to the ferry archive.', body], 'salt roads')).toBe('Kirsten Malle');
  });
});
