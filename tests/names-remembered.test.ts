import { describe, expect, it } from 'vitest';
import { remembered } from '../src/quotes/names.ts';

describe('remembered', () => {
  it('computes each string once and gives the same answer every time, asked twice running or not', () => {
    const asked: string[] = [];
    const f = remembered((s: string) => {
      asked.push(s);
      return { upper: s.toUpperCase() };
    });
    const a = f('Tova Lindqvist');
    expect(f('Tova Lindqvist')).toBe(a);
    const b = f('Oren Belsky');
    expect(f('Tova Lindqvist')).toBe(a);
    expect(f('Oren Belsky')).toBe(b);
    // A string of the same letters built afresh is the same key.
    expect(f(['Oren', 'Belsky'].join(' '))).toBe(b);
    expect(asked).toEqual(['Tova Lindqvist', 'Oren Belsky']);
  });

  it('remembers an undefined or null answer as an answer', () => {
    let calls = 0;
    const f = remembered((s: string) => {
      calls++;
      return s.length > 3 ? null : undefined;
    });
    expect(f('abc')).toBeUndefined();
    expect(f('abcd')).toBeNull();
    expect(f('abc')).toBeUndefined();
    expect(f('abcd')).toBeNull();
    expect(calls).toBe(2);
  });

  it('starts afresh when full, still answering the last string asked', () => {
    const asked: string[] = [];
    const f = remembered((s: string) => {
      asked.push(s);
      return s.length;
    }, 2);
    f('a');
    f('bb');
    f('ccc'); // full: emptied, then 'ccc' kept
    expect(f('ccc')).toBe(3);
    expect(f('a')).toBe(1);
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
