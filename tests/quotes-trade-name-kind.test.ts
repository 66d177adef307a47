import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences and names written for this test (session 39): a firm's name ending on a word of trade no person's
// surname is ("Leasing", "Freight", "Mining", "Technologies") is a body's name, not a person's.

function kindOf(paragraphs: string[], contains: string): string | null {
  const { quotes, speakers } = extractQuotes(passagesOf(doc('p', '2024-05-02', paragraphs)));
  const q = quotes.find((x) => x.quote.includes(contains));
  const s = speakers.find((x) => x.id === q?.speakerId);
  return s ? `${s.name}/${s.kind}` : null;
}

describe('a firm named by a word of trade speaks as a body', () => {
  it('"Pell-Varo Leasing said it ..." is the company\'s', () => {
    expect(kindOf(['The wagons belong to a lessor in the north. In a statement, Pell-Varo Leasing said it "obeys every rule that applies" and would say no more.'], 'obeys every rule')).toBe('Pell-Varo Leasing/organisation');
  });
  it('"Orrin Freight" and "Tamsin Mining" too', () => {
    expect(kindOf(['Orrin Freight said the trucks were "back on the road by noon."'], 'back on the road')).toBe('Orrin Freight/organisation');
    expect(kindOf(['Tamsin Mining said the shaft was "safe to reopen."'], 'safe to reopen')).toBe('Tamsin Mining/organisation');
  });
  it('a person\'s name stays a person\'s', () => {
    expect(kindOf(['Orla Pell said the trucks were "back on the road by noon."'], 'back on the road')).toBe('Orla Pell/person');
  });
  it('a maker of arms or machines ("Brask Munitions", "Kell Precision") too, and a bare surname the firm shares is the person named in full', () => {
    expect(kindOf(['Brask Munitions said the new line was "running two shifts."'], 'running two shifts')).toBe('Brask Munitions/organisation');
    expect(kindOf(['Kell Precision said it "follows every export rule."'], 'follows every export rule')).toBe('Kell Precision/organisation');
    const paras = [
      'A spokesperson for Brask Munitions, a maker of shells, said the company was "in talks" with two buyers. "Buyers ask about ten-year deals now," the spokesperson said.',
      '"Our orders are steady," Brask said. "They may rise."',
    ];
    expect(kindOf(['Brask\'s chief executive, Edda Brask, spoke to analysts on Friday.', ...paras], 'Our orders are steady')).toBe('Edda Brask/person');
  });
});

