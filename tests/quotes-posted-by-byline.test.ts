import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people, places and blogs): a blog's byline "Posted by NAME, ROLE"
// names the post's one writer, whose narration's "I" credits the writer's own earlier words.
describe('a blog\'s "Posted by NAME, ROLE" byline', () => {
  it('"I argued that "..."" is the writer named in a "Posted by" byline with a capitalised role', () => {
    const got = speakersByQuote([
      'Posted by Wilma Achterberg, Senior Lecturer in Maritime History, University of Dunmere',
      'I have been reading the harbour records again this week.',
      'In a post on this blog last spring I argued that "the river guilds never trusted the crown". I was half right.',
    ]);
    expect(got.get('the river guilds never trusted the crown')).toBe('Wilma Achterberg');
  });

  it('two writers joined by "and" name no single writer', () => {
    const got = speakersByQuote([
      'Posted by Wilma Achterberg and Piet Vorst, University of Dunmere',
      'I have been reading the harbour records again this week.',
      'In a post on this blog last spring I argued that "the river guilds never trusted the crown". I was half right.',
    ]);
    expect(got.get('the river guilds never trusted the crown')).not.toBe('Wilma Achterberg');
  });
});
