import { describe, expect, it } from 'vitest';
import { anySubstring } from '../src/text/substring-set.ts';

describe('anySubstring', () => {
  const words = ['harbour', 'lock', 'ferry-boat', 'quay', 'tide'];
  const has = anySubstring(words);
  const alternation = /harbour|lock|ferry-boat|quay|tide/;

  it('tells a text holding one of the strings, anywhere in it', () => {
    expect(has('The lock keeper waved.')).toBe(true);
    expect(has('quay')).toBe(true);
    expect(has('at the harbour')).toBe(true);
    expect(has('a ferry-boat left')).toBe(true);
    expect(has('the tides turned')).toBe(true);
    expect(has('blocked')).toBe(true);
  });

  it('finds none where there is none, nor a string broken off or written otherwise', () => {
    expect(has('')).toBe(false);
    expect(has('loc')).toBe(false);
    expect(has('The Lock keeper waved.')).toBe(false);
    expect(has('a ferry boat left')).toBe(false);
    expect(has('harbou r and qua y')).toBe(false);
    expect(has('tid€ lo\u00e7k')).toBe(false);
  });

  it('answers as the alternation expression does, on many texts', () => {
    const letters = 'harboulckfeyqtid- \u00e9\u2019\u0161';
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 20000; i++) {
      let text = '';
      const length = next(16);
      for (let j = 0; j < length; j++) text += letters[next(letters.length)];
      if (next(3) === 0) {
        const w = words[next(words.length)]!;
        const at = next(text.length + 1);
        text = text.slice(0, at) + w.slice(0, w.length - next(2)) + text.slice(at);
      }
      expect(has(text)).toBe(alternation.test(text));
    }
  });

  it('refuses strings it cannot scan for', () => {
    expect(() => anySubstring(['a'])).toThrow();
    expect(() => anySubstring(['caf\u00e9'])).toThrow();
    expect(anySubstring([])('anything')).toBe(false);
  });
});
