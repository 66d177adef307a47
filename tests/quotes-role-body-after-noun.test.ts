import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences and names written for these tests: a role set off after the name that ends the sentence, naming the
// body the person works at ("a fellow at the Delmar Institute"), perhaps before a semicolon and a clause of its
// own that holds an abbreviation ("the U.S. Treasury").
function credited(sentence: string): { speaker: string | null; role: string | null } {
  const q = extractQuotes(passagesOf(doc('p', '2024-05-02', [sentence]))).quotes[0]!;
  return { speaker: q.speaker, role: q.role };
}

describe('a role that names the body after its noun', () => {
  it('stops at the semicolon and keeps the body: "a fellow at the Delmar Institute"', () => {
    expect(credited('"Budgets tell you what a city believes," said Mara Olsen, a fellow at the Delmar Institute; she previously served at the U.S. Treasury.')).toEqual({ speaker: 'Mara Olsen', role: 'a fellow at the Delmar Institute' });
  });

  it('keeps the body before a time: "a fellow at the Delmar Institute on Monday"', () => {
    expect(credited('"Budgets matter," said Mara Olsen, a fellow at the Delmar Institute on Monday.')).toEqual({ speaker: 'Mara Olsen', role: 'a fellow at the Delmar Institute' });
  });

  it('still drops where and when she spoke: "a professor, at a rally on Monday", "a professor in Delmar"', () => {
    expect(credited('"Budgets matter," said Mara Olsen, a professor, at a rally on Monday.')).toEqual({ speaker: 'Mara Olsen', role: 'a professor' });
    expect(credited('"Budgets matter," said Mara Olsen, a professor in Delmar.')).toEqual({ speaker: 'Mara Olsen', role: 'a professor' });
  });
});
