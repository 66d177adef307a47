import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('an owner\'s words as the subject, a relayer set off, then the copula', () => {
  const paras = [
    'Karl Fiske spoke at the funeral of Otto Brun.',
    'Brun\'s last words, Fiske said, were: "Feed the cat."',
    'Brun\'s motto, according to Fiske, was: "Never look back."',
  ];
  it('"NAME\'s last words, NAME2 said, were: "..."" does not credit the relayer', () => {
    expect(speakerOf(paras, 'Feed the cat')).toBeNull();
  });
  it('nor with "according to NAME2"', () => {
    expect(speakerOf(paras, 'Never look back')).toBeNull();
  });
  it('the quote first: \'"...," were NAME\'s last words, NAME2 said.\' credits nobody, not the relayer', () => {
    const paras = [
      'Oskar Brun, a ferryman, drowned in the storm.',
      '"Keep the lamp lit," were Brun\'s last words, his mate Ivar Fiske said.',
      '"Bring the boat round," was Brun\'s final message, according to Fiske.',
    ];
    expect(speakerOf(paras, 'Keep the lamp lit')).toBeNull();
    expect(speakerOf(paras, 'Bring the boat round')).toBeNull();
  });
});
