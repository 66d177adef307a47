import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests, with invented people: a quote split by its credit, "the archivist" in the
// credit, and a claim that joins its halves and names the speaker by that description.
const ask = whoSaidOver(
  doc('archive-talk', '2024-07-09', [
    'Archivist Lena Roos has catalogued the harbour records for thirty years.',
    '"What the council wants to keep," the archivist added, "is not always what it means to show."',
    'Her deputy, Piet Kolb, said the boxes were damp. "Half of them need drying," he said.',
  ]),
);

describe('who-said: a description typed of a split quote the claim joins', () => {
  it('"the archivist" finds her quote across its credit', () => {
    const a = ask('did the archivist say what the council wants to keep is not always what it means to show');
    expect(a.matches[0]).toMatchObject({ speaker: 'Lena Roos', speakerMatches: true });
    expect(a.matches[0]!.verdict).not.toBe('different');
  });
  it('a description of no one who said it finds nothing to confirm', () => {
    const a = ask('did the deputy say what the council wants to keep is not always what it means to show');
    expect(a.matches.every((m) => m.speakerMatches !== true || m.verdict === 'different')).toBe(true);
  });
});
