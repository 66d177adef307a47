import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: a spokesperson for a body whose name runs over "of", then the city it sits in.
describe('a place after a body named with "of" closes the body, not the subject', () => {
  it('credits the spokesperson, never the city', () => {
    const paragraphs = ['A spokesperson for the Trade Office of the Republic of Norland in Port Vesta said the office was "following events closely" and would say more later.'];
    const speaker = speakerOf(paragraphs, 'following events closely');
    expect(speaker).not.toBe('Port Vesta');
    expect(speaker).toMatch(/spokesperson/u);
  });
});
