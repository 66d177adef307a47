import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { lowerRankOnly } from '../src/quotes/office-rank.ts';

it('calls a lieutenant general "the general"', () => {
  const paras = [
    'Marek Dolny, a retired lieutenant general, said the border posts were undermanned.',
    '"We are counting rifles, not soldiers," Dolny said.',
    '"It changes the numbers, not the plan," the general said.',
  ];
  expect(speakerOf(paras, 'It changes the numbers')).toBe('Marek Dolny');
});

it('keeps "lieutenant" a lower rank outside military ranks', () => {
  expect(lowerRankOnly(new Set(['lieutenant', 'governor']), new Set(['the', 'governor']))).toBe(true);
  expect(lowerRankOnly(new Set(['lieutenant', 'general']), new Set(['the', 'general']))).toBe(false);
  expect(lowerRankOnly(new Set(['lieutenant', 'colonel']), new Set(['the', 'colonel']))).toBe(false);
});
