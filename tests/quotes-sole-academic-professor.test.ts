import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): "the professor" crediting a quote, where the text wrote
// "professor" of no one, is the one person it gave a role of learning (a research fellow, a lecturer), named
// lately; a second learned person, or a professor spoken of, leaves it to no one named.
describe('"the professor" for the one academic the text named', () => {
  it('after "Lena Brisk, a research fellow at the Orvin Institute, said ..."', () => {
    const who = speakerOf(['Lena Brisk, a research fellow at the Orvin Institute, said the talks were staged.', '"It is a show," the professor said.'], 'It is a show');
    expect(who).toBe('Lena Brisk');
  });
  it('"the researcher" a paragraph after "a research fellow" is that fellow', () => {
    const who = speakerOf(['Lena Brisk, a research fellow at the Orvin Institute, said the talks were staged.', '"It is a show," the researcher said.'], 'It is a show');
    expect(who).toBe('Lena Brisk');
  });
  it('a fisherman named between is no professor', () => {
    const who = speakerOf(['Lena Brisk, a lecturer at Orvin University, said the talks were staged. Tomas Vell, a fisherman, was not so sure.', '"It is a show," the professor said.'], 'It is a show');
    expect(who).toBe('Lena Brisk');
  });
  it('not with an analyst or an economist named too', () => {
    const one = speakerOf(['Lena Brisk, a research fellow at the Orvin Institute, said the talks were staged. Tomas Vell, an analyst at Harbour Bank, was not so sure.', '"It is a show," the professor said.'], 'It is a show');
    expect(one).not.toBe('Lena Brisk');
    const two = speakerOf(['Lena Brisk, a research fellow at the Orvin Institute, said the talks were staged. An economist at Harbour Bank agreed.', '"It is a show," the professor said.'], 'It is a show');
    expect(two).not.toBe('Lena Brisk');
  });
  it('not when the text wrote of a professor before', () => {
    const who = speakerOf(['Lena Brisk, a research fellow at the Orvin Institute, said the talks were staged. Prof. Ivo Darn disagreed.', '"It is a show," the professor said.'], 'It is a show');
    expect(who).not.toBe('Lena Brisk');
  });
});
