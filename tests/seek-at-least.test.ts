import { describe, expect, it } from 'vitest';
import { seekAtLeast } from '../src/quotes/quote-words.ts';

describe('seekAtLeast', () => {
  it('finds the first index at or after the start holding the id or more, as a plain scan does', () => {
    let s = 11;
    const rand = (): number => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
    for (let round = 0; round < 300; round++) {
      const list = Int32Array.from([...new Set(Array.from({ length: Math.floor(rand() * 60) }, () => Math.floor(rand() * 200)))].sort((a, b) => a - b));
      let from = 0;
      for (const id of [...Array.from({ length: 20 }, () => Math.floor(rand() * 210))].sort((a, b) => a - b)) {
        let want = from;
        while (want < list.length && list[want]! < id) want++;
        const got = seekAtLeast(list, from, id);
        expect(got).toBe(want);
        from = got;
      }
    }
  });

  it('stays put when the list is done or already there', () => {
    expect(seekAtLeast(Int32Array.of(1, 5, 9), 3, 4)).toBe(3);
    expect(seekAtLeast(Int32Array.of(1, 5, 9), 1, 2)).toBe(1);
    expect(seekAtLeast(Int32Array.of(1, 5, 9), 0, 10)).toBe(3);
  });
});
