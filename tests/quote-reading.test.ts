import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readPassages } from '../src/text/reading.ts';
import { buildPassages } from '../src/text/passages.ts';
import { IntList } from '../src/collections/int-list.ts';
import { QuoteWordReader } from '../src/quotes/quote-reading.ts';
import { closeWords, exactWords } from '../src/quotes/quote-words.ts';
import type { Document } from '../src/types.ts';

// The quotes' words are taken from the shared reading: on any stretch of any text they must be the words the
// quotes' own readers of text give (exactWords, closeWords), which the quote book used before.

function docOf(paragraphs: string[]): Document {
  return { id: 'd', file: 'd.md', title: 't', outlet: 'o', published: '2023-09-14', url: null, language: 'en', paragraphs };
}

function ints(list: IntList): number[] {
  return Array.from(list.data.subarray(0, list.length));
}

/** Checks every stretch `[from, to)` given of each paragraph against the readers of text. */
function compare(paragraphs: string[], cuts: (text: string) => [number, number][]): void {
  const passages = buildPassages([docOf(paragraphs)]);
  const reader = new QuoteWordReader(readPassages(passages), passages);
  passages.forEach((p, i) => {
    for (const [from, to] of cuts(p.text)) {
      const words = new IntList(8);
      reader.pushWords(i, from, to, words);
      expect(ints(words).map((id) => reader.words.words[id])).toEqual(exactWords(p.text.slice(from, to)));
      const stems = new IntList(8);
      reader.pushStems(i, from, to, stems);
      expect(ints(stems).map((id) => reader.stems[id])).toEqual(closeWords(p.text.slice(from, to)));
    }
  });
}

/** The whole text and a few stretches of it, some cutting words in two. */
function someCuts(text: string): [number, number][] {
  const n = text.length;
  const out: [number, number][] = [[0, n]];
  for (let k = 1; k < 4; k++) out.push([Math.floor((n * k) / 7), Math.floor((n * (k + 3)) / 7)]);
  return out;
}

// Pieces of the text read from tokens (ASCII and the punctuation news uses), and others read as text.
const PLAIN = ['we', "We've", 'come', 'here', "don't", 'can’t', 'Kim’s', "'tis", "boys'", 'U.S.', 'Jong-un', ' ', ' ', '  ', '.', ', ', '“', '”', '‘', '’', "'", '`', '—', '…', '\u00a0', 'n’t', 'rock’n’roll', '42', 's', 't', 'Ve'];
const OTHER = ['´', '_', 'é', 'Café', 'ﬁne', '™', '½', 'e\u0301', 'Đ', 'İstanbul'];

describe('the quotes read from the shared reading', () => {
  it('give the words and stems of the text on known cases', () => {
    compare(
      [
        'Putin said: “We have come here, we’ll see.” He didn’t say ‘never’. Rock’n’roll isn’t dead, boys\' \'tis.',
        'The U.S. and N. Korea: “thats why weve come”—Kim’s words… Café ﬁne™ ½ e\u0301t_e can\'t_ be.',
      ],
      someCuts,
    );
  });

  for (const [kind, pieces] of [['plain', PLAIN], ['any', [...PLAIN, ...OTHER]]] as const) {
    it(`give the words and stems of the text on arbitrary ${kind} text, cut anywhere`, () => {
      const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map((a) => a.join(''));
      const cut = fc.tuple(fc.nat(), fc.nat());
      fc.assert(
        fc.property(text, fc.array(cut, { maxLength: 6 }), (t, picks) => {
          compare([t], (s) => [[0, s.length], ...picks.map(([a, b]): [number, number] => [Math.min(a, b) % (s.length + 1), Math.max(a, b) % (s.length + 1)])]);
        }),
        { numRuns: 300 },
      );
    });
  }
});
