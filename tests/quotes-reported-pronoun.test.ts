import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (session 35): a "he said" inside the clause another's reporting verb
// reports ("Investigators have said he said ...") is not credited to the man named before as if he had been heard.
describe('a pronoun speaking inside a reported clause', () => {
  it('"Police sources have said he said "..."" is not the accused man\'s own credit', () => {
    const paras = ['The alleged gunman, Terence Vole, is likely to appear in court on Monday. Police sources have said he said "I did it for her" when he was arrested.'];
    expect(speakerOf(paras, 'I did it for her')).toBeNull();
  });
  it('a plain "He said "..."" is still his', () => {
    const paras = ['The alleged gunman, Terence Vole, is likely to appear in court on Monday. He said "I did it for him" when he was arrested.'];
    expect(speakerOf(paras, 'I did it for him')).toBe('Terence Vole');
  });
  it('"Roe said she told them "..."" is still hers', () => {
    const paras = ['Marta Quill said she told them "nothing else matters" at the time.'];
    expect(speakerOf(paras, 'nothing else matters')).toBe('Marta Quill');
  });
});
