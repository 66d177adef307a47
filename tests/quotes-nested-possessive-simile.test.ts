import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Passages written for these tests (invented names): inside a quote, a single mark after a plural's "s" and
// before a lowercase word is the plural possessive's, not the inner quote's close, when the inner words go on to a
// close after a full stop; and one the speaker is likened to ("like a child at a fair") is nobody on the scene.
const quotesOf = (paras: string[]) => extractQuotes(passagesOf(doc('p', '2024-03-05', paras))).quotes;

describe('an inner quote holding a plural possessive, after a simile', () => {
  const paras = [
    'Her old student, the chemist Ilse Marn, said her teacher had phoned her that night.',
    '"She was thrilled, like a child at a fair," Marn said. "She said, \'Watch the judges\' hands when the lid comes off. That will tell you.\' I watched. She was right."',
  ];
  it('reads the inner quote to its close after the full stop', () => {
    const inner = quotesOf(paras).find((q) => q.quote.startsWith('Watch the judges'));
    expect(inner?.quote).toContain('That will tell you.');
  });
  it('gives the inner quote neither to the outer speaker nor to the child she is likened to', () => {
    const inner = quotesOf(paras).find((q) => q.quote.startsWith('Watch the judges'));
    expect(inner?.speaker ?? '').not.toMatch(/child|Marn/u);
  });
  it('still closes a plain word in single marks before a lowercase word', () => {
    const inner = quotesOf(['"He said \'yes\' and walked off, and that was all," Marn said.']).find((q) => q.quote.startsWith('yes'));
    expect(inner?.quote).toBe('yes');
  });
});
