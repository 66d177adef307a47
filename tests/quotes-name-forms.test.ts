import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Passages written for these tests: constructions of news writing that tie a quote to a speaker at a distance.

function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2023-09-13', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote containing "${contains}"`);
  return q.speaker;
}

describe('family-name-first names', () => {
  it('gives no first-name gender to a family name before a given name of two syllables', () => {
    const text = ['Kim Jong Un, the leader, toured the shipyard on Friday.', 'At the dinner, Kim Jong Un raised a toast. He said: "We stand with our friends in every storm."'];
    expect(speakerOf(text, 'every storm')).toBe('Kim Jong Un');
  });

  it('does the same with the given name hyphenated', () => {
    expect(speakerOf(['Kim Jong-un visited the factory. He said: "The workers have done well this year."'], 'done well')).toBe('Kim Jong-un');
  });

  it('still reads a given name first when its parts are first names ("Mary Jo Smith" is a woman)', () => {
    // "he" cannot be Kim Lee Ann, a woman by her given names; no one else is named, so the quote stays unattributed.
    expect(speakerOf(['Kim Ann Lee chaired the meeting. He said: "The budget is closed."'], 'budget is closed')).toBeNull();
  });

  it('lets a title the text gives outweigh a guess from a first name', () => {
    expect(speakerOf(['Mr Kim Bolton opened the fair. He said: "Everyone is welcome here tonight."'], 'welcome here')).toContain("Kim Bolton");
  });
});
