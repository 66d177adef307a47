import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a fronted clause, then a role and a full name set off after it, then "said:".
describe('a full name set off after a plain role, after a fronted clause, speaks', () => {
  it('"Asked about the final, the coach, NAME, said:" credits NAME', () => {
    const paras = ['Asked about the final, the coach, Ferdinand Oakes, said: "We are ready."'];
    expect(speakerOf(paras, 'We are ready')).toBe('Ferdinand Oakes');
  });
  it('"Once the whistle had gone, the home manager, NAME, said:" credits NAME', () => {
    const paras = ['Once the whistle had gone, the home manager, Rosalind Tebbutt, said: "We deserved a point."'];
    expect(speakerOf(paras, 'We deserved a point')).toBe('Rosalind Tebbutt');
  });
  it('not a name set off after an object of the role', () => {
    const paras = ['Asked about the search, the grandmother of the missing boy, Kieran Loft, said: "Bring him home."'];
    expect(speakerOf(paras, 'Bring him home') ?? '').not.toMatch(/Kieran/u);
  });
});
