import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented people and places.
describe('a headline epithet before a surname is no namesake of the one named in full', () => {
  it('lets "he says" after a bare surname behind a fronted phrase go to the one person of that surname', () => {
    const paras = [
      'Understated Varga raises the stakes',
      'Labour Secretary Tomas Varga is the quiet one in the cabinet. He was picked to run the ministry three years ago.',
      'At the ministry, he has a bigger stage, and he has used it. In town after town, Varga argues for a higher wage: "No worker should be poor." He says cutting leave for parents is "heartless."',
    ];
    expect(speakerOf(paras, 'heartless')).toBe('Tomas Varga');
  });
});
