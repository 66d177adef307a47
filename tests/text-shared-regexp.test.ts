import { describe, expect, it } from 'vitest';
import { escapeRegExp, sharedRegExp } from '../src/text/regexp.ts';

describe('sharedRegExp', () => {
  it('builds an expression once per source and flags', () => {
    const a = sharedRegExp(String.raw`\bMara\s+Olsen\b`, 'u');
    expect(sharedRegExp(String.raw`\bMara\s+Olsen\b`, 'u')).toBe(a);
    expect(sharedRegExp(String.raw`\bMara\s+Olsen\b`, 'iu')).not.toBe(a);
    expect(a.test('said Mara  Olsen, a ferry pilot')).toBe(true);
  });

  it('reads the same with matchAll and match each time, as a new expression would', () => {
    const source = String.raw`\b(?:Mr|Ms)\.?\s+${escapeRegExp('Kvist')}(?![\p{L}])`;
    const text = 'Mr. Kvist met Ms Kvist; Mr Kvistad left.';
    for (let i = 0; i < 3; i++) {
      expect([...text.matchAll(sharedRegExp(source, 'giu'))].map((m) => m.index)).toEqual([...text.matchAll(new RegExp(source, 'giu'))].map((m) => m.index));
      expect(text.match(sharedRegExp(source, 'giu'))).toEqual(text.match(new RegExp(source, 'giu')));
    }
  });
});
