import { describe, expect, it } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// A conjunction typed where the quote has a stop or a comma between two clauses joins them and says no more.
describe('a conjunction added at a break of the quote', () => {
  const quote = 'Ferries come, ferries go. The harbour stays.';
  it('reads "but" or "yet" at a stop or comma as close wording', () => {
    expect(compareClaim('ferries come and ferries go but the harbour stays', quote).verdict).toBe('close');
    expect(compareClaim('ferries come, ferries go, yet the harbour stays', quote).verdict).toBe('close');
  });
  it('not where the quote runs on without a break, nor "or", nor a changed clause', () => {
    expect(compareClaim('the mill closed but the town grew', 'The mill closed the town grew').verdict).toBe('different');
    expect(compareClaim('ferries come or ferries go', quote).verdict).toBe('different');
    expect(compareClaim('ferries come and ferries go but the harbour empties', quote).verdict).toBe('different');
  });
});
