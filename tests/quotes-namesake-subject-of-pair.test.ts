import { expect, it } from 'vitest';
import { speakersByWholeQuote } from './helpers/quotes.ts';

// Paragraphs written for these tests: two namesakes one sentence brings in, one its subject, the other after a
// preposition ("footage of opposition leader NAME"); then a bare family name credits a quote.
const speakers = (paras: string[]) => speakersByWholeQuote(paras, 'p', '2024-03-01');

it('gives a bare family name to the subject of the sentence that named two of it, not the one after "of"', () => {
  const got = speakers([
    'In Dunmere, the news from the capital was on every screen on Tuesday.',
    'At the bakery she has run for 30 years, Park Mi-rae watched footage of opposition leader Park Dong Su shaking hands with a visitor.',
    '"My father was born in the north. I think of his village every time," Park, 71, said as her grandson translated.',
  ]);
  expect(got.get('My father was born in the north. I think of his village every time')).toBe('Park Mi-rae');
});

it('with no pronoun to tell the sex, the subject still, not the one in the footage', () => {
  const got = speakers([
    'In Dunmere, the news from the capital was on every screen on Tuesday.',
    'At the stall the family has kept since 1988, Lee Mi-rae watched footage of opposition leader Lee Jae Sung shaking hands with a visitor.',
    '"It makes me tired," Lee, 71, said.',
  ]);
  expect(got.get('It makes me tired')).toBe('Lee Mi-rae');
});

it('a namesake brought in as "no relation" and heard just before keeps the bare surname after it', () => {
  const got = speakers([
    'In Dunmere, the news from the capital was on every screen on Tuesday.',
    'At the stall the family has kept since 1988, Lee Mi-rae watched footage of opposition leader Lee Jae Sung shaking hands with a visitor.',
    '"It makes me tired," Lee, 71, said.',
    'Her son, Peter Lee, 40, who keeps the accounts, said his mother had "never stopped hoping" for news.',
    '"She writes a letter every year," he said.',
    'Down the road, the Rev. Thomas Lee, no relation, leads a congregation of about 200 at the Dunmere Presbyterian Church. He said he would ask members to pray on Sunday.',
    '"People want somewhere quiet to sit," the pastor said. "I tell them quiet is not the same as peace."',
    'Lee said several older members of the church had called him after seeing the news. "One widow told me, \'Pastor, light a candle for my brother,\'" he said.',
  ]);
  expect(got.get('It makes me tired')).toBe('Lee Mi-rae');
  expect(got.get("One widow told me, 'Pastor, light a candle for my brother,'")).toBe('Thomas Lee');
});

it('but not when the sentence just before sets the other up by a description of their own', () => {
  const got = speakers([
    'The regional assembly met on Wednesday.',
    'In the chamber, deputy Ruslan Tevel called on the ministry to publish freight figures every month. "People have a right to know what crosses the border," Mr. Tevel said.',
    'Dmitri Tevel, no relation to the MP, runs a trucking firm in the border town and said he had noticed no change. "The lorries are full both ways," the businessman said.',
    'The MP was unconvinced. "Businessmen always say that until the inspectors arrive," Tevel said.',
  ]);
  expect(got.get('Businessmen always say that until the inspectors arrive')).toBe('Ruslan Tevel');
});
