import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences and names written for this test.

function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = extractQuotes(passagesOf(doc('d1', '2024-05-02', paragraphs))).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote holds "${contains}"`);
  return q.speaker;
}

describe("a relative's saying relayed before a colon is not the relayer's words", () => {
  it('"X said his grandfather used to say: ..." does not credit X', () => {
    expect(speakerOf(['Coach Arnie Lutz said his grandfather used to say: "The ball never lies." Lutz added: "I believe it."'], 'never lies')).toBeNull();
  });

  it('"X told pupils her mother had always told her: ..." does not credit X', () => {
    expect(speakerOf(['Head teacher Rosa Klein told pupils her mother had always told her: "Work hard and be kind."'], 'be kind')).toBeNull();
  });

  it('with a clause set off after the relative', () => {
    expect(speakerOf(['Boxer Dev Malik said his uncle, who trained him, always told him: "Hands up, chin down."'], 'chin down')).toBeNull();
  });

  it('the relayer\'s own words after "told reporters:" are still hers', () => {
    expect(speakerOf(['Rosa Klein, whose mother taught at the school, told reporters: "We will rebuild it."'], 'rebuild it')).toBe('Rosa Klein');
  });
  it('a habit of saying closed by "that" is the relative\'s too', () => {
    expect(speakerOf(['Rosa Klein said her grandmother used to say that "bread never lies."'], 'bread never lies')).toBeNull();
  });

  it('the one who recalls it set off after the verb: "Her father used to say, NAME recalled:" is no one\'s', () => {
    expect(speakerOf(['Her father used to say, Dev Malik recalled: "Never box angry."'], 'Never box angry')).toBeNull();
  });

  it('a named relative set off before the verb still speaks', () => {
    expect(speakerOf(['Dev Malik sat down. His uncle, Omar Malik, told reporters: "He is ready."'], 'He is ready')).toBe('Omar Malik');
  });
});
