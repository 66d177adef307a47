import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented sentences: a message the reader only says she received, read out after a colon, is its sender's.
function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2025-09-20', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote containing "${contains}"`);
  return q.speaker;
}

describe('a message she said she had received from someone, read out after a colon', () => {
  it('gives the words to the sender, not to the member who read them and said she received them', () => {
    const s = speakerOf(['The Latvian liberal Ilze Sarkane read out a message she said she had received from a Moldovan nurse that morning: "Every crate they ship is another night we do not sleep."'], 'Every crate');
    expect(s).not.toBe('Ilze Sarkane');
    expect(s).toBe('a Moldovan nurse');
  });

  it('a time after the sender is no part of the sender', () => {
    expect(speakerOf(['Osvald Tinnes read out an email he had received from the harbour master, Aina Brekkestø, on Tuesday: "The quay closes at dusk."'], 'quay closes')).toBe('Aina Brekkestø');
  });

  it('a message the sender named after it had sent is the sender\'s, not the reader\'s', () => {
    expect(speakerOf(['Ona Petras read aloud a text message her son, Liam, had sent: "We are safe for now."'], 'safe for now')).toBe('Liam');
    expect(speakerOf(['Ona Petras read aloud a text message her son sent that night: "We are safe for now."'], 'safe for now')).not.toBe('Ona Petras');
  });

  it('one who says something herself after a colon still speaks', () => {
    expect(speakerOf(['Ilze Sarkane said she had a message for the minister: "Stop the shipments."'], 'Stop the')).toBe('Ilze Sarkane');
  });
});
