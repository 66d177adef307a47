import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented people: two namesakes one sentence joins by "and" as its subject,
// neither heard or named alone since, then a bare surname: neither for sure.
describe('a bare surname after two namesakes joined by "and"', () => {
  it('"Anna Sato and Kenji Sato live on the island" then "Sato said": neither', () => {
    const p = ['Anna Sato and Kenji Sato live on the island.', '"The ferry is the only way out," Sato said.'];
    expect(speakerOf(p, 'The ferry is the only way out')).toBeNull();
  });
  it('with appositions and a name written family name first: neither', () => {
    const p = ['Mio Sato, a student, and Sato Kenji, a retired engineer, both live on the island.', '"The ferry is the only way out," Sato said.'];
    expect(speakerOf(p, 'The ferry is the only way out')).toBeNull();
  });
  it('one named alone as a subject since is the one at hand', () => {
    const p = ['Anna Sato and Kenji Sato live on the island. Kenji Sato fishes.', '"The ferry is the only way out," Sato said.'];
    expect(speakerOf(p, 'The ferry is the only way out')).toBe('Kenji Sato');
  });
});
