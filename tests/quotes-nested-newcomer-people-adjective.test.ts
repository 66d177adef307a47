import { describe, expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests: the outer speaker recalls someone brought in by "a", a people's adjective and a
// noun of a person ("a Latvian counterpart", "a Danish official"), then quotes them inside his own words:
// '"He told me, \'...\'" NAME recalled.' The inner words are that one's, never the outer speaker's.
describe('a newcomer with a people\'s adjective before the outer quote is the inner "he"', () => {
  it('"a conversation with a Latvian counterpart last winter"', () => {
    const paras = [
      "Arvid Lunde recalled a conversation with a Latvian counterpart last winter. \"He told me, 'We count fuel the way our grandmothers counted bread.' I have never forgotten that,\" Lunde said.",
    ];
    const q = quoteOpeningWith(paras);
    expect(q.get('We count fuel').speaker).toBe('a Latvian counterpart');
    expect(q.get('He told me').speaker).toBe('Arvid Lunde');
  });
  it('"had spoken to a Danish official in August who was blunt"', () => {
    const paras = ["Arvid Lunde said he had spoken to a Danish official in August who was blunt. \"He told me, 'We do not need their boats,'\" Lunde recalled."];
    expect(quoteOpeningWith(paras).get('We do not need their boats').speaker).toBe('a Danish official');
  });
  it('a man named beside the newcomer leaves the inner words to no one', () => {
    const paras = ["Arvid Lunde said he had spoken to a Danish official and to Ivo Tamm in August. \"He told me, 'We do not need their boats,'\" Lunde recalled."];
    const inner = quoteOpeningWith(paras).get('We do not need their boats').speaker;
    expect(inner).not.toBeUndefined();
    expect(inner).toBeNull();
  });
});
