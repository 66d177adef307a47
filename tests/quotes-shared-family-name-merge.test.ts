import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences and names written for this test.

function speakerAcross(docs: string[][], contains: string): string | null {
  const all = docs.map((paragraphs, i) => doc(`d${i}`, '2024-05-02', paragraphs));
  const q = extractQuotes(passagesOf(...all)).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote holds "${contains}"`);
  return q.speaker;
}

describe('a bare family name a document never gives in full, across documents', () => {
  it('a family name borne by millions ("Lee", "Wang") does not join the one full name another report gives', () => {
    const docs = [
      ['Opposition leader Lee Dong-wook criticised the deal on Monday. "It is a grave mistake," Lee Dong-wook said.'],
      ['Ms. Lee, a nurse in Busan, was not impressed by the deal. "Nothing will change for us," Lee said.'],
      ['Foreign Minister Wang Jianguo spoke on Tuesday. "We respect both sides," Wang Jianguo said.'],
      ['Wang, a trader at the border market, shrugged. "Business is business," Wang said.'],
    ];
    expect(speakerAcross(docs, 'Nothing will change')).toBe('Lee');
    expect(speakerAcross(docs, 'Business is business')).toBe('Wang');
  });

  it('the whole list of Vietnamese family names local-speaker.ts reads (family-names.ts): "Vo", "Truong" too', () => {
    const docs = [
      ['Port director Vo Thanh Long opened the terminal on Monday. "It is ready," Vo Thanh Long said.'],
      ['Vo, a driver waiting at the gate, sighed. "We queue all day," Vo said.'],
      ['Deputy Minister Truong Van Hai spoke on Tuesday. "The road will be widened," Truong Van Hai said.'],
      ['Truong, a farmer near the road, was unmoved. "They said that before," Truong said.'],
    ];
    expect(speakerAcross(docs, 'We queue all day')).toBe('Vo');
    expect(speakerAcross(docs, 'They said that before')).toBe('Truong');
  });

  it('a rarer surname still joins its one full name', () => {
    const docs = [
      ['Mayor Ingrid Solvang opened the bridge on Monday. "It is a great day," Ingrid Solvang said.'],
      ['The ribbon was cut at noon. "We waited ten years," Solvang said.'],
    ];
    expect(speakerAcross(docs, 'We waited ten years')).toBe('Ingrid Solvang');
  });
});
