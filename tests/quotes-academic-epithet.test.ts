import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "the don" and "the academic" for a university teacher the sentence before opened
// with, whom the text gave a role of learning (professor, lecturer ...).
it('"the don added" after a paragraph opened by the lecturer\'s surname', () => {
  const paras = [
    'A lecturer in strategic studies at the University of Vannhavn, Dr Gerta Holm, cautioned against alarm.',
    '"We should not exaggerate," she told reporters.',
    'Holm noted that the budget would not be affected.',
    '"Our suppliers are elsewhere," the don added.',
  ];
  expect(speakerOf(paras, 'suppliers are elsewhere')).toBe('Gerta Holm');
});
it('"the academic added" after a professor just named, the surname shared with an official', () => {
  const paras = [
    'Deputy minister Arvid Holm said the port would stay open.',
    'Professor Gerta Holm of Brantwick University disagreed.',
    'Holm, who is not related to the deputy minister, said the budget would suffer.',
    '"Our suppliers are elsewhere," the academic added.',
  ];
  expect(speakerOf(paras, 'suppliers are elsewhere')).toBe('Gerta Holm');
});
it('no one when the one opening the sentence before was given no role of learning', () => {
  const paras = [
    'Harbour master Gerta Holm cautioned against alarm.',
    'Holm noted that the budget would not be affected.',
    '"Our suppliers are elsewhere," the don added.',
  ];
  expect(speakerOf(paras, 'suppliers are elsewhere')).toBeNull();
});
