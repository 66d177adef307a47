import { describe, expect, it } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// A word typed in its clipped form ("tech", "govt", "intel") is the word it stands for.
describe('clipped words', () => {
  it('reads "tech" for "technology" and "govt" for "government" as close', () => {
    expect(compareClaim("the valley wants tech it can't build", 'The valley wants technology it cannot build').verdict).toBe('close');
    expect(compareClaim('the govt has no plan for the harbour', 'The government has no plan for the harbour').verdict).toBe('close');
  });
  it('still tells another word', () => {
    expect(compareClaim('the valley wants money it cannot build', 'The valley wants technology it cannot build').verdict).toBe('different');
    expect(compareClaim('the intel has no plan for the harbour', 'The government has no plan for the harbour').verdict).toBe('different');
  });
});

// Chat spells some common words short ("ppl", "bc", "tho"): each is the one word it stands for, nothing else.
describe('chat short spellings', () => {
  it('reads "ppl" for "people" and "bc" for "because" as close', () => {
    expect(compareClaim('when the ferry is late ppl walk to the bridge', 'When the ferry is late, people walk to the bridge').verdict).toBe('close');
    expect(compareClaim('we stayed bc the nets were full', 'We stayed because the nets were full').verdict).toBe('close');
  });
  it('still tells a short spelling put for another word', () => {
    expect(compareClaim('when the ferry is late ppl walk to the bridge', 'When the ferry is late, nobody walks to the bridge').verdict).toBe('different');
    expect(compareClaim('we stayed bc the nets were full', 'We stayed although the nets were full').verdict).toBe('different');
  });
});
