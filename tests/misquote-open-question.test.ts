import { describe, expect, it } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// Invented sentences: a claim that leaves out "VERB whether to", turning a choice still open into one made.
describe('a claim that leaves out the "whether" of an open question', () => {
  it('is different: "will appeal" is not "will decide whether to appeal"', () => {
    const c = compareClaim('we accept the verdict and will appeal the fine', 'We accept the verdict and will decide whether to appeal the fine.', true);
    expect(c.verdict).toBe('different');
    expect(c.differences).toMatchObject([{ kind: 'word', quote: 'decide whether to', claim: '' }]);
    expect(compareClaim('the guild will close the workshop', 'The guild will consider whether to close the workshop.').verdict).toBe('different');
  });
  it('leaves the open question kept, or a word beside it left out: the same or close', () => {
    expect(compareClaim('will decide whether to appeal the fine', 'We accept the verdict and will decide whether to appeal the fine.').verdict).toBe('same');
    expect(compareClaim('we will decide whether to appeal', 'We will decide quickly whether to appeal the fine.').verdict).toBe('close');
    expect(compareClaim('the guild will close the old workshop', 'The guild will close the old workshop in Varrow.').verdict).toBe('same');
  });
});
