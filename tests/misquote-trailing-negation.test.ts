import { describe, expect, it } from 'vitest';
import { compareClaim } from '../src/quotes/misquote.ts';

// A claim that stops right before the quote's negation: every word is the quote's, the meaning its opposite.
describe('a claim cut short before the negation that follows it', () => {
  it('is different, the negation shown', () => {
    const c = compareClaim('some growers ask whether the tariff changes the rules. it does', 'Some growers ask whether the tariff changes the rules. It does not.');
    expect(c.verdict).toBe('different');
    expect(c.differences).toMatchObject([{ kind: 'negation', quote: 'not' }]);
    expect(compareClaim('the ferry to Holmvik will run', 'The ferry to Holmvik will run never again').verdict).toBe('different');
    expect(compareClaim('the council will accept', 'The council will accept nothing from the quarry owners', true).verdict).toBe('different');
  });
  it('leaves a clause quoted whole alone', () => {
    expect(compareClaim('the ferry to holmvik will run', 'The ferry to Holmvik will run, not the bus.').verdict).toBe('same');
    expect(compareClaim('some growers ask whether the tariff changes the rules', 'Some growers ask whether the tariff changes the rules. It does not.').verdict).toBe('same');
    expect(compareClaim('it does not', 'Some growers ask whether the tariff changes the rules. It does not.').verdict).toBe('same');
  });
});
