import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeRegExp } from '../src/text/regexp.ts';

describe('escapeRegExp', () => {
  it('makes any string match itself literally, whole, with or without the u flag', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom('', 'u', 'i', 'iu'), (s, flags) => {
        const re = new RegExp(`^${escapeRegExp(s)}$`, flags);
        expect(re.test(s)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('finds the string inside other text exactly where indexOf does', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (a, s, b) => {
        const text = a + s + b;
        const m = new RegExp(escapeRegExp(s), 'u').exec(text);
        expect(m?.index).toBe(text.indexOf(s));
        expect(m?.[0]).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('escapes every special character and nothing else', () => {
    expect(escapeRegExp('Dr. O(Brien)+ [x]|{2}$^*?\\')).toBe('Dr\\. O\\(Brien\\)\\+ \\[x\\]\\|\\{2\\}\\$\\^\\*\\?\\\\');
    expect(escapeRegExp('Jean-Luc / Ana')).toBe('Jean-Luc / Ana');
    // A name full of regular-expression characters is no pattern: "A.B" does not match "AxB".
    expect(new RegExp(escapeRegExp('A.B')).test('AxB')).toBe(false);
  });
});
