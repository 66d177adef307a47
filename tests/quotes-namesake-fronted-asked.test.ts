import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): a sister and a brother share a surname. "Asked whether
// ..., Seo paused." closes a paragraph and the next opens '"...," he said.': the bare surname under a fronted
// question is the sentence's subject, and the pronoun picks the namesake of its sex; when the text never told the
// sister's sex, either may be meant, and the words go to no one rather than to her.
const paras = (sister: string, her: string, credit = 'she said'): string[] => [
  'GOYANG — The summit was the one subject nobody at the fair could avoid.',
  sister,
  `"Every buyer asks the same thing," ${credit}. "We tell them we make sights, not predictions."`,
  `${her}, 41, said inquiries from Nordic buyers had roughly tripled since August.`,
  "Her colleague at the stand, and her younger brother, Seo Jae-won, the company's chief designer, was more careful about the figures. \"Inquiries are not orders,\" he said.",
  'The siblings have worked together at Dalmi since their mother founded it in 1991. Asked whether the summit was good for sales, Seo paused.',
  '"It is good for sales and bad for everyone," he said. "Both are true."',
];
const plain = 'Export manager Seo Min-ji was answering questions from a Czech delegation at the stand of Dalmi Precision before 9 a.m.';
const fronted = 'At the stand of Dalmi Precision, a small maker of gun sights from Gimhae, export manager Seo Min-ji was answering questions from a Czech delegation before 9 a.m.';

it('gives the "he" to the brother when the text told the sister\'s sex ("she said" after her name)', () => {
  expect(speakerOf(paras(plain, 'Seo'), 'good for sales')).toBe('Seo Jae-won');
});

it('so when a courtesy title told it ("Ms Seo")', () => {
  expect(speakerOf(paras(fronted, 'Ms Seo'), 'good for sales')).toBe('Seo Jae-won');
});

it('so when "she said" follows her name after a fronted phrase and the firm\'s apposition', () => {
  expect(speakerOf(paras(fronted, 'Seo'), 'Every buyer asks')).toBe('Seo Min-ji');
  expect(speakerOf(paras(fronted, 'Seo'), 'good for sales')).toBe('Seo Jae-won');
});

it('gives it to neither when her sex is not told, never to the sister', () => {
  expect(speakerOf(paras(plain, 'Seo', 'a visitor heard'), 'good for sales')).not.toBe('Seo Min-ji');
});
