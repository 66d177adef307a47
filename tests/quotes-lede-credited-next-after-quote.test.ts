import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a wire's quote standing alone as its paragraph, after a paragraph that ends on
// someone else's quoted words, credited in the next paragraph ("That was the assessment of NAME, ...", "The
// statement was conveyed by ROLE, NAME, ..."): the words are the one named there, never the speaker before.
describe('a paragraph of words alone after a quoted speaker, credited in the paragraph after', () => {
  const before = 'Minister Hana Korvel said she was "not worried" by the visit.';
  const lede = '"We see nothing unusual in the visit. There is nothing to fear."';
  it('"The statement was conveyed by ROLE, NAME, at ..."', () => {
    expect(speakerOf([before, lede, 'The statement was conveyed by the Veldonian Ambassador to Ostria, Piet Armand, at a meeting with journalists.'], 'nothing unusual')).toBe('Piet Armand');
  });
  it('"The remark was made by NAME, a ROLE."', () => {
    expect(speakerOf([before, lede, 'The remark was made by Lena Vos, a dock worker, on Friday.'], 'nothing unusual')).toBe('Lena Vos');
  });
  it('"That was the assessment of ONENAME, an observer from ..."', () => {
    expect(speakerOf([before, lede, 'That was the assessment of Tobing, a maritime observer from Selatan University, when contacted on Friday.'], 'nothing unusual')).toBe('Tobing');
  });
  it('the role set off before the name there is theirs: "The ambassador said ..." after it', () => {
    expect(speakerOf([before, lede, 'The statement was conveyed by the Veldonian Ambassador to Ostria, Piet Armand, at a meeting with journalists.', 'The ambassador said Veldon "is not violating any rule".'], 'violating any rule')).toBe('Piet Armand');
  });
  it('a source the reading cannot name leaves the words to no one', () => {
    expect(speakerOf([before, lede, 'The statement was conveyed by the ambassador at a meeting with journalists.'], 'nothing unusual')).toBeNull();
  });
  it('a next paragraph that does not source the words lets them go on from the speaker before', () => {
    expect(speakerOf([before, lede, 'The visit ends on Sunday.'], 'nothing unusual')).toBe('Hana Korvel');
  });
});
