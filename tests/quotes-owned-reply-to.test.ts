import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented sentences: one's reply (to someone) or words (carried by another's voice) before the colon.
function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('t', '2025-09-20', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote containing "${contains}"`);
  return q.speaker;
}

describe('"NAME\'s reply to Y:" and "NAME\'s words, rendered by Y, were:"', () => {
  it('the owner of the reply speaks, not the one it answered nor the agency quoting it', () => {
    expect(speakerOf(['The agency quoted Premier Halvor Brudeli\'s reply to the visiting chancellor, Wiebke Anselm: "Our ports are open to you."'], 'ports are open')).toBe('Halvor Brudeli');
  });

  it('the owner of the words speaks, not the interpreter who rendered them', () => {
    expect(speakerOf(['Premier Halvor Brudeli met the press.', 'Brudeli\'s words, rendered by the interpreter Oksana Vell, were: "Nothing was signed."'], 'Nothing was signed')).toBe('Halvor Brudeli');
  });

  it('an answer of someone with no one named before it: the owner', () => {
    expect(speakerOf(['Reporters heard Marthe Kvinlaug\'s answer: "Ask the board."'], 'Ask the board')).toBe('Marthe Kvinlaug');
  });

  it('last words another only reports, set off in an aside, stay no one\'s', () => {
    expect(speakerOf(['Eldar Vinsrygg, a miner, died in the collapse.', 'Vinsrygg\'s last words, his foreman said, were: "Get the others out."'], 'Get the others')).toBeNull();
  });
});
