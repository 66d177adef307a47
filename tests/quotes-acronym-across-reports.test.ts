import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Reports written for these tests: one acronym that two reports spell out as two different bodies.
function speakerAcross(docs: string[][], contains: string): string | null {
  const all = docs.map((paragraphs, i) => doc(`d${i}`, '2024-05-02', paragraphs));
  const q = extractQuotes(passagesOf(...all)).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote holds "${contains}"`);
  return q.speaker;
}

describe('an acronym stands for what its own report spells out', () => {
  it('keeps two bodies of one acronym apart when both reports spell theirs out', () => {
    const docs = [
      ['The Harbour Workers Committee (HWC) met on Monday. The HWC said the strike was "not off the table."'],
      ['The Harbour Workers Convention (HWC) opened in Brell. The HWC said delegates were "in good spirits."'],
    ];
    expect(speakerAcross(docs, 'not off the table')).toBe('the Harbour Workers Committee');
    expect(speakerAcross(docs, 'in good spirits')).toBe('the Harbour Workers Convention');
  });

  it('never names a bare acronym with another report\'s body when its own report spells another', () => {
    const docs = [
      ['Dockers gathered outside the Harbour Workers Committee offices on Monday. The HWC said the strike was "not off the table."'],
      ['The Harbour Workers Convention opened in Brell. "We are in good spirits," the Harbour Workers Convention said.'],
    ];
    expect(speakerAcross(docs, 'not off the table')).not.toBe('the Harbour Workers Convention');
  });

  it('joins a bare acronym to the one body the reports spell, and not to either of two', () => {
    const one = [
      ['The HWC said the strike was "not off the table."'],
      ['The Harbour Workers Convention (HWC) opened in Brell. "We are in good spirits," the Harbour Workers Convention said.'],
    ];
    expect(speakerAcross(one, 'not off the table')).toBe('the Harbour Workers Convention');
    const two = [...one, ['The Harbour Workers Committee (HWC) met. "We are done," the Harbour Workers Committee said.']];
    expect(speakerAcross(two, 'not off the table')).toBe('the HWC');
  });

  it('joins spellings that differ only by a word\'s ending', () => {
    const docs = [
      ['The Velmar Central News Agency said the talks were "a success."'],
      ['The Velmari Central News Agency said the visit was "historic."'],
    ];
    expect(speakerAcross(docs, 'historic')).toBe(speakerAcross(docs, 'a success'));
  });
});
