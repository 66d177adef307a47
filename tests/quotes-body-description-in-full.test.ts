import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Passages written for these tests (invented bodies): a body's bare description ("the press office") that its
// paragraph gave in full just before, with the body it belongs to, is named so when no body it knows fits.
function speakerOfQuote(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('p', '2024-05-02', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  return q?.speaker ?? null;
}

describe('a body described bare after its full form in the paragraph', () => {
  it('"the press office" after "according to the press office of the Ministry of Ports"', () => {
    const paragraphs = ['According to the press office of the Ministry of Ports, freight grew by a tenth this year. "The growth came from new border rules," the press office said.'];
    expect(speakerOfQuote(paragraphs, 'The growth came')).toBe('the press office of the Ministry of Ports');
  });
  it('two full forms in the paragraph leave the bare one as it was', () => {
    const paragraphs = ['The press office of the Ministry of Ports and the press office of the Harbour Board both wrote. "The growth came from new border rules," the press office said.'];
    expect(speakerOfQuote(paragraphs, 'The growth came')).toBe('the press office');
  });
});
