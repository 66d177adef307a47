import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a forum round-up where a place or topic is put first, then a comment "reads"
// its words after a colon.
describe('"On the THREAD, the top comment reads: ..." credits the comment, never the user named before', () => {
  const paras = [
    'Within hours, forums in Velmar were full of jokes about the harbour deal. The user u/tern_watcher posted a map of the cranes.',
    '“Look where the cranes went,” u/tern_watcher wrote.',
    'On the r/velmar thread about the deal, the top comment reads: “The cranes were never the point.”',
  ];
  it('the description of the comment speaks', () => {
    expect(speakerOf(paras, 'never the point')).toBe('the top comment');
  });
  it('a reply read out after a fronted phrase is never the user before', () => {
    const more = [...paras.slice(0, 2), 'In the same thread, one reply reads: “Follow the money, as always.”'];
    expect(speakerOf(more, 'Follow the money')).not.toBe('tern_watcher');
  });
});
