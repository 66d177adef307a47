import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('takes the noun before "of" as the head of a body\'s name, so "the ministry" points back to it', () => {
  const paras = [
    'The Ministry of Coastal Affairs said on its website that it was "watching the tides closely." "Every harbour must be ready by winter," the ministry said.',
  ];
  expect(speakerOf(paras, 'Every harbour must be ready by winter')).toBe('the Ministry of Coastal Affairs');
});

it('links "the bank" to a "Bank of ..." named as a subject a sentence before', () => {
  const paras = [
    'The Bank of Veloria has said little about the currency. In a short note on Friday, the bank said it was "reviewing every option with its partners."',
  ];
  expect(speakerOf(paras, 'reviewing every option with its partners')).toBe('the Bank of Veloria');
});

it('keeps a body whose name has no "of" out of a later "the ministry"', () => {
  const paras = [
    'The Veloria Harbour Board said it was "ready for the storm." "We have sandbags for a month," the ministry said.',
  ];
  expect(speakerOf(paras, 'We have sandbags for a month')).not.toBe('the Veloria Harbour Board');
});
