import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: a host plays or reads a recording of someone else's words before a colon.
describe("a clip of someone's words played before a colon holds that someone's words", () => {
  it("credits the owner of the answer, not the host who plays it nor the reporter who asked", () => {
    const paragraphs = [
      'Pell Olsen plays a clip of Governor Ines Varga\'s much-quoted answer when a reporter asked whether the port would reopen: "Ask me again in spring."',
    ];
    expect(speakerOf(paragraphs, 'Ask me again')).toBe('Ines Varga');
  });

  it('still credits the subject who speaks about a clip in her own words', () => {
    const paragraphs = ['Mara Olsen watched the clip of the harbour vote twice. "It still makes me laugh," she said.'];
    expect(speakerOf(paragraphs, 'It still makes')).toBe('Mara Olsen');
  });
});
