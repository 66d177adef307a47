import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { findQuoteSpans, lineReopenedAt } from '../src/quotes/attribution.ts';

// Passages written for these tests: paragraphs kept apart by single line breaks inside one passage, one of
// them ending on a quote left open (the next line opens another speaker's quote).
const PASSAGE = [
  'Many growers take the levy personally.',
  '“It is a slap in the face to every grower,” Rep. Ruth Calder said Friday. “If the harvest fails, how can a young farmer plan for next year.',
  '“I have been thinking about where we are as a county,” added Rep. Owen Marsh, the ranking member.',
  'Tom Halden has record low support among growers. He pitched himself to them by saying things could not get worse.',
  '“Look at how much the valley is suffering from county control,” he said in August.',
].join('\n');

describe('a quote left open at a line break ends there when the next line opens a quote', () => {
  it('the quotes after it keep their own speakers', () => {
    expect(speakerOf([PASSAGE], 'Look at how much')).toBe('Tom Halden');
    expect(speakerOf([PASSAGE], 'I have been thinking')).toBe('Owen Marsh');
  });
  it('a next line with no credit of its own still goes on with the same speaker', () => {
    const text = '“We lost the bridge,” said Mayor Ines Varga. “And the school.\n“We will rebuild both by spring.”';
    expect(speakerOf([text], 'We will rebuild')).toBe('Ines Varga');
  });
  it('the open quote stops at the line, unclosed', () => {
    const spans = findQuoteSpans(PASSAGE);
    const open = spans.find((s) => PASSAGE.slice(s.start, s.end).startsWith('If the harvest'));
    expect(open?.closed).toBe(false);
    expect(PASSAGE.slice(open!.start, open!.end)).not.toMatch(/\n/u);
    expect(spans.filter((s) => s.closed).length).toBe(3);
  });
  it('reads the line break only when the mark opens the next line', () => {
    const text = '“One line\n“Two,” she said.';
    expect(lineReopenedAt(text, 0, text.indexOf('“Two'))).toBe(text.indexOf('\n'));
    const inline = '“One line “Two,” she said.';
    expect(lineReopenedAt(inline, 0, inline.indexOf('“Two'))).toBe(-1);
    const closing = '“One line\n” she said.';
    expect(lineReopenedAt(closing, 0, closing.indexOf('”'))).toBe(-1);
  });
});
