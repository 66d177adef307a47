import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { pronounInterviewee } from '../src/quotes/interviewee.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// An invented Q&A whose introduction brings the one answering on by a pronoun: "He spoke to the Herald ...".
function speakers(paras: string[]): Map<string, string | null> {
  const { quotes } = extractQuotes(passagesOf(doc('p', '2025-05-01', paras, { outlet: 'The Lindmark Herald' })));
  return new Map(quotes.map((q) => [q.quote, q.speaker]));
}

const intro = (pronoun: string, first: string): string =>
  `${first} Vantorp, 58, who served as Ostland's envoy in Karsburg in the 1990s, is one of the few to have met the old regent. ${pronoun} spoke to the Herald by telephone from Velm. Edited excerpts:`;

describe('an interviewee brought on by a pronoun', () => {
  it('gives the bare "A:" answers to the full name opening the sentence before "He spoke to ..."', () => {
    const got = speakers([
      'Talks in Karsburg ended on Monday without a deal.',
      intro('He', 'Tomas'),
      'Q: What did you make of the talks?',
      'A: I was struck by how tired everyone looked.',
      'Q: Will they meet again?',
      'A: Not before the harvest, I think.',
    ]);
    expect(got.get('I was struck by how tired everyone looked.')).toBe('Tomas Vantorp');
    expect(got.get('Not before the harvest, I think.')).toBe('Tomas Vantorp');
  });

  it('reads the name only when it opens the sentence right before and the pronoun fits its sex', () => {
    expect(pronounInterviewee(intro('She', 'Greta'))).toEqual(['Greta Vantorp']);
    expect(pronounInterviewee(intro('She', 'Tomas'))).toEqual([]);
    // (A sentence before that opens on something else: no antecedent read.)
    expect(pronounInterviewee('In Velm, Tomas Vantorp keeps bees. He spoke to the Herald on Monday.')).toEqual([]);
    expect(pronounInterviewee('He spoke to the Herald on Monday.')).toEqual([]);
  });
});
