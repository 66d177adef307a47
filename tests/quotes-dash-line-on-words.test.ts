import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: a paragraph opens on bare words, then a dash and a line of the writer's about those words
// (an article and a noun, no name). The line may be telling that someone else asked; the words are not plainly the
// speaker before's going on, so no one is credited.
describe('a dash line on the words themselves after a paragraph-opening quote', () => {
  const paras = [
    'The mayor of Quellby, Helena Brask, opened the meeting at the harbour.',
    '"We will dredge the channel," she said. "All of it, this winter."',
    '"And who pays?" - a question she left hanging.',
  ];
  it('does not go on with the speaker before', () => {
    expect(speakerOf(paras, 'who pays')).toBeNull();
    expect(speakerOf(paras, 'dredge the channel')).toBe('Helena Brask');
  });
  it('an em dash too', () => {
    const em = [paras[0]!, paras[1]!, '"And who pays?" — the question nobody in the hall answered.'];
    expect(speakerOf(em, 'who pays')).toBeNull();
  });
  it('bare words alone still go on with her', () => {
    const bare = [paras[0]!, paras[1]!, '"And who pays? The town, as always."'];
    expect(speakerOf(bare, 'who pays')).toBe('Helena Brask');
  });
});
