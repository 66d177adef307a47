import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isSpace } from '../src/text/chars.ts';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../src/text/hash.ts';
import { IntList, starts } from '../src/collections/int-list.ts';
import { FUNCTION_WORDS, wordSet } from '../src/text/stop-words.ts';
import { STOP_WORDS } from '../src/text/terms.ts';
import { contentTerms } from '../src/summary/centrality.ts';

describe('isSpace', () => {
  it('agrees with /\\s/u on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/u.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('trims as String.prototype.trim does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', 'a', 'é', '.', '\u200b') }), (s) => {
        let a = 0;
        let b = s.length;
        while (a < b && isSpace(s.charCodeAt(a))) a++;
        while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
        expect(s.slice(a, b)).toBe(s.trim());
      }),
    );
  });
});

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values on ASCII (as signed integers)', () => {
    expect(fnv1a('') >>> 0).toBe(0x811c9dc5);
    expect(fnv1a('a') >>> 0).toBe(0xe40c292c);
    expect(fnv1a('foobar') >>> 0).toBe(0xbf9cf968);
    expect(fnv1a('') | 0).toBe(fnv1a(''));
  });

  it('is what a scanner hashing code unit by code unit computes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        let h = FNV_OFFSET;
        for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
        expect(fnv1a(s)).toBe(h);
      }),
    );
  });
});

describe('IntList', () => {
  it('holds what was pushed and reserved, in order, from any starting capacity', () => {
    fc.assert(
      fc.property(
        fc.nat(40),
        fc.array(fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map((v) => ({ push: v })), fc.nat(70).map((n) => ({ reserve: n }))), { maxLength: 200 }),
        (capacity, steps) => {
          const list = new IntList(capacity);
          const model: number[] = [];
          for (const step of steps) {
            if ('push' in step) {
              list.push(step.push);
              model.push(step.push);
            } else {
              const at = list.length;
              list.reserve(step.reserve);
              for (let k = 0; k < step.reserve; k++) {
                list.data[at + k] = k;
                model.push(k);
              }
            }
          }
          expect(list.length).toBe(model.length);
          expect([...list.toArray()]).toEqual(model);
          expect(list.data.length).toBeGreaterThanOrEqual(list.length);
        },
      ),
    );
  });

  it('starts a new list with the room asked for, and doubles when full', () => {
    const list = new IntList(4);
    expect(list.data.length).toBe(4);
    for (let i = 0; i < 5; i++) list.push(i);
    expect(list.data.length).toBe(8);
    expect(new IntList().data.length).toBe(1024);
  });
});

describe('starts', () => {
  it('gives where each list of a flat array of lists starts, and where the last ends', () => {
    expect([...starts([])]).toEqual([0]);
    expect([...starts([2, 0, 3])]).toEqual([0, 2, 2, 5]);
  });
});

describe('FUNCTION_WORDS', () => {
  it('is the base both search and the summary drop', () => {
    const kept = [...FUNCTION_WORDS].filter((w) => !STOP_WORDS.has(w) || contentTerms(w).length > 0);
    expect(kept).toEqual([]);
  });

  it('the summary drops, besides, the reporting verbs and the courtesy titles, and keeps other words', () => {
    for (const w of ['said', 'according', 'Mr', 'because']) expect(contentTerms(w)).toEqual([]);
    expect(contentTerms('Putin whether launch')).toEqual(['putin', 'whether', 'launch']);
  });

  it('wordSet reads a space-separated list, line breaks and runs of spaces included', () => {
    expect([...wordSet(' a  b\n  c ')]).toEqual(['a', 'b', 'c']);
  });
});
