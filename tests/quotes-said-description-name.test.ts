import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an inverted credit whose description holds a body's word before its head
// ("the police chief", "the ministry chief"), then the name set off.
describe('`"...," said the police chief, NAME.`: the name set off after the description speaks', () => {
  it('not the body the description opens with', () => {
    const paras = ['"We should have closed the road," said the police chief, Arno Kemper.'];
    expect(speakerOf(paras, 'We should have closed the road')).toBe('Arno Kemper');
  });
  it('with a time after the name', () => {
    const paras = ['"The wall will hold," said the ministry chief, Lotte Haring, on Monday.'];
    expect(speakerOf(paras, 'The wall will hold')).toBe('Lotte Haring');
  });
  it('a kin description too', () => {
    const paras = ['"He never came home," said his wife, Anna Kemper.'];
    expect(speakerOf(paras, 'He never came home')).toBe('Anna Kemper');
  });
});
