import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('never makes two ministers speaking together one of them', () => {
  const got = speakers([
    'Foreign Minister Lena Holt met her counterpart, Aram Petrosyan, in Geneva on Tuesday.',
    'Holt told Petrosyan that the ceasefire was "fragile and new".',
    'In a joint statement, the two ministers said they would meet again "as soon as possible".',
  ]);
  expect(got.get('as soon as possible')).not.toBe('Lena Holt');
  expect(got.get('as soon as possible')).not.toBe('Aram Petrosyan');
});

it('never gives words of two bodies or places joined by "and" to the last of them', () => {
  const got = speakers([
    'China and Russia maintain "a strategic partnership of a new kind".',
    'Officials in Seoul and Tokyo said the summit was "deeply alarming".',
    'Lena Holt of Norway said the truce was "fragile but holding".',
  ]);
  expect(got.get('a strategic partnership of a new kind')).not.toBe('Russia');
  expect(got.get('deeply alarming')).not.toBe('Tokyo');
  expect(got.get('fragile but holding')).toBe('Lena Holt');
});
