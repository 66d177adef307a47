import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('reads a fronted clock time ("At 6:15,") as a fronted phrase, leaving the name after it the subject', () => {
  const paras = [
    'At 6:15, Ilse Varga was already on the quay with a thermos.',
    '"I like to see the boats before anyone else," she said.',
  ];
  expect(speakerOf(paras, 'I like to see the boats')).toBe('Ilse Varga');
});

it('carries a profile\'s pronoun to the only person the opening scene names, whatever the first name tells', () => {
  const paras = [
    'By dawn on a Tuesday in March, Tsubame Arakawa was at her bench in a rented workshop outside Osaka. On the screen, a row of drone parts waited to be counted. In a few hours, buyers from three countries would arrive.',
    '"I wanted everything ready before they came," she says. "Nobody else checks twice."',
  ];
  expect(speakerOf(paras, 'I wanted everything ready')).toBe('Tsubame Arakawa');
});

it('does not carry the pronoun past another person the opening named', () => {
  const paras = [
    'By dawn on a Tuesday in March, Tsubame Arakawa was at her bench in a rented workshop outside Osaka. On the screen, a row of drone parts waited to be counted. Her landlord, Kazuo Hirano, had left a note.',
    '"I wanted everything ready before they came," she says. "Nobody else checks twice."',
  ];
  expect(speakerOf(paras, 'I wanted everything ready')).toBeNull();
});
