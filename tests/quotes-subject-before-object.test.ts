import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented bodies): the subject a sentence opens with ends before its verb of
// speech or naming; a capitalised adjective of the object after it ("the Portuguese criticism") is no part of
// the body's name.
it('a body calling a capitalised object something keeps its own name', () => {
  const paras = ['In a statement posted on its website on Thursday, the Danish Embassy in Lisbon called the Portuguese criticism "a plain case of bias."'];
  expect(speakerOf(paras, 'a plain case of bias')).toBe('the Danish Embassy in Lisbon');
});


it('the place a body sits in is not the subject of its verb', () => {
  const paras = ['On Monday the Nordic Ferry Board in Bergen condemned the Estonian ruling as "a gift to smugglers."'];
  expect(speakerOf(paras, 'a gift to smugglers')).not.toBe('Bergen');
});
