import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences and names written for this test.

function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('d1', '2024-05-02', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote holds "${contains}"`);
  return q.speaker;
}

describe('"The sister of NAME, NAME2, said:" is NAME2', () => {
  it('past a participle before the first name ("of jailed activist")', () => {
    expect(speakerOf(['The sister of jailed activist Noor Haddad, Rania Haddad, said: "She is innocent."'], 'innocent')).toBe('Rania Haddad');
  });

  it('when the second given name is read as another word ("Per")', () => {
    expect(speakerOf(['The brother of goalkeeper Nils Hoff, Per Hoff, said: "He will be back by spring."'], 'back by spring')).toBe('Per Hoff');
  });

  it('a role and a name with no relation before still credit the name', () => {
    expect(speakerOf(['The father of striker Ade Obi, Sam Obi, said: "He has always been fast."'], 'always been fast')).toBe('Sam Obi');
  });
});
