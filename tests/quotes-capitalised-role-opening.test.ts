import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (probe live blogs, session 35): a lowercase role before a full name, its
// first word capitalised only because it opens the sentence, still gives the name.
describe('a role capitalised at the head of a sentence', () => {
  it('"Senior hydrologist Jane Roe told us ... "...," she said."', () => {
    const paras = ['The river burst its banks at noon.', 'Senior hydrologist Orla Fenwick told us the peak was still hours away. "Expect the level to rise another metre," she said.'];
    expect(speakerOf(paras, 'another metre')).toBe('Orla Fenwick');
  });
  it('"Former goalkeeper Jane Roe said:"', () => {
    const paras = ['Former goalkeeper Petra Lindahl told the podcast: "Nobody saves penalties by guessing."'];
    expect(speakerOf(paras, 'saves penalties')).toBe('Petra Lindahl');
  });
});
