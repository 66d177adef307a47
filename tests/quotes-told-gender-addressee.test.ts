import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Session 55 (h5): a "she"/"he" answering a question put by one of untold sex to one told of the pronoun's sex is
// never the asker's.

it('gives no untold asker the answer of the one asked', () => {
  const paras = ['A reporter asked the mayor, Margaret Brennock: "Did you sign the contract?"', '"I signed nothing," she said.'];
  expect(speakerOf(paras, 'I signed nothing')).not.toBe('a reporter');
  const paras2 = ['A caller asked Thomas Ferrasse: "Will the bridge reopen?"', '"In a month," he said.'];
  expect(speakerOf(paras2, 'In a month')).not.toBe('a caller');
});

it('keeps the pronoun of the one asked when the text tells the asker’s sex', () => {
  const paras = ['The presenter Halvor Dunmere asked the mayor, Margaret Brennock: "Did you sign the contract?"', '"I need an answer," he said.'];
  expect(speakerOf(paras, 'I need an answer')).toBe('Halvor Dunmere');
});
