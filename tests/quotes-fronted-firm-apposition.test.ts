import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and firms): "At the stand of Kell Optics, a small maker of gun
// sights from Tarn, sales director Ada Brenn was ...": past the fronted phrase and the apposition of the firm it ends
// on, a lowercase role and a full name are the subject, whom a "she said" in the next paragraph means.
it('reads the role and name after a fronted phrase\'s firm apposition as the subject', () => {
  const paras = [
    'TARN — The summit was the one subject nobody at the fair could avoid.',
    'At the stand of Kell Optics, a small maker of gun sights from Tarn, sales director Ada Brenn was answering questions from a delegation before 9 a.m.',
    '"Every buyer asks the same thing," she said.',
  ];
  expect(speakerOf(paras, 'Every buyer asks')).toBe('Ada Brenn');
});

it('keeps a person set off after the fronted phrase as the subject ("At the pier, a welder, ...")', () => {
  const paras = ['At the pier, a welder, Ida Lund, was packing up. "Nobody asked us," she said.'];
  expect(speakerOf(paras, 'Nobody asked us')).toBe('Ida Lund');
});
