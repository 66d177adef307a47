import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: a noun followed by a bare "written" or "spoken" is the thing written, not a writer.
describe('a reduced relative "NOUN written ..." inside a reported clause names no speaker', () => {
  it('keeps the partial with the subject of "added", not the committees written into a charter', () => {
    const paragraphs = [
      'Mara Olsen, a partner at a Bergen law firm, said tenants should read the small print.',
      'She added that several committees written into the 2019 charter were "plainly out of date" for today.',
    ];
    expect(speakerOf(paragraphs, 'plainly out of date')).toBe('Mara Olsen');
  });

  it('still reads a writer who wrote', () => {
    const paragraphs = ['Ines Varga, who chairs the tenants\' group, wrote that the leases were "plainly out of date" for today.'];
    expect(speakerOf(paragraphs, 'plainly out of date')).toBe('Ines Varga');
  });
});
