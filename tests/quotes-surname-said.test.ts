import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences and names written for this test.

function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('d1', '2024-05-02', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote holds "${contains}"`);
  return q.speaker;
}

describe('the surname "Said" after a given name is no verb of speech', () => {
  it('"Omar Said, a tailor, and Karim Nasser, a cook, fled" does not make Omar Said the reporter of the next "he said"', () => {
    expect(speakerOf(['Omar Said, a tailor, and Karim Nasser, a cook, fled across the hills in 2020. "We walked for nine days," he said.'], 'nine days')).toBeNull();
  });

  it('the verb in lowercase still reports', () => {
    expect(speakerOf(['Omar Nasser said the camp had no water. "We walked for nine days," he said.'], 'nine days')).toBe('Omar Nasser');
  });
});
