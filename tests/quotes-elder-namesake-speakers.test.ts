import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): "the elder Mrs. Choi" in a text naming three Chois, one of
// them (a man whose sex the text never tells) only in passing: of the two bearers the text had speak, the
// epithet picks the elder (the mother of her daughter).
describe('"the elder Mrs. X" among three namesakes, one only named in passing', () => {
  const opening = [
    'The screen showed party leader Choi Jong-su stepping off his train.',
    'Choi Min-ji, 88, who left the North with her mother in 1950, watched without a word. "Nothing changes up there," she said.',
    'Her daughter, Grace Choi, who drove her to the centre, said her mother seldom spoke of the crossing. "She will describe the cold to you," Grace Choi said.',
  ];
  it('as the subject of the sentence before "she said"', () => {
    const paras = [...opening, 'The elder Mrs. Choi signed up for the family reunion lottery in 1991. Her name has never come up. "I am too old to keep hoping," she said.'];
    expect(speakerOf(paras, 'I am too old')).toBe('Choi Min-ji');
  });
  it('as the credit itself', () => {
    const paras = [...opening, '"I am too old to keep hoping," the elder Mrs. Choi said.'];
    expect(speakerOf(paras, 'I am too old')).toBe('Choi Min-ji');
  });
});
