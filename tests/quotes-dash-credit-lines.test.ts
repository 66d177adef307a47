import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented lines: quotes each credited by a dash line, the lines not set apart by blank lines.
function speakersOf(paragraphs: string[]): [string, string | null][] {
  return extractQuotes(passagesOf(doc('t', '2025-09-20', paragraphs))).quotes.map((q) => [q.quote, q.speaker]);
}

describe('dash credit lines run together in one paragraph', () => {
  it('each quote takes the credit on its own line, not the next line\'s', () => {
    expect(speakersOf(['Heard at the gate:', '"The night shift is cancelled." — Eskil Vangen, foreman\n"Nobody asked us." — Hallfrid Moum, packer'])).toEqual([
      ['The night shift is cancelled.', 'Eskil Vangen'],
      ['Nobody asked us.', 'Hallfrid Moum'],
    ]);
  });

  it('a dash credit with a quoted nickname in its role still reads as one credit', () => {
    expect(speakersOf(['"We sail at noon." — Brynjulf Aas, skipper'])).toEqual([['We sail at noon.', 'Brynjulf Aas']]);
  });
});
