import { describe, expect, it } from 'vitest';
import { DocumentChunks, attributionPaths, extract, type QuotesSplit } from '../src/quotes/extract-quotes.ts';
import type { QuoteRecord } from '../src/quotes/quote-record.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Three invented reports: the same people across them (merged as one speaker), two people of one surname told
// apart, and "he" after two men (no one to give it to).
const passages = passagesOf(
  doc('harbour-one', '2024-03-02', [
    'Harbour master Mara Olsen said the new quay would open in May.',
    '"We have waited long enough," Olsen said. "The boats need the room."',
    'Her deputy, Tor Olsen, was less sure. "May is a hope, not a date," he said.',
    'Jon Vik met Per Lund at the quay. "It will be late," he said.',
  ]),
  doc('harbour-two', '2024-03-04', [
    '"The quay opens in May," Mara Olsen, the harbour master, told reporters on Monday.',
    'A fisherman, Ivo Brandt, said: "We will believe it when we see it."',
  ]),
  doc('harbour-three', '2024-03-09', [
    'The council said the work was on schedule.',
    '"Nothing has slipped," said Ivo Brandt, who now sits on the council. "Not a day."',
  ]),
);

/** A record as plain data, its speakers by key, its credit's path with it. */
function plain(r: QuoteRecord): unknown {
  return { ...r, local: r.local?.key ?? null, latestBefore: r.latestBefore?.key ?? null, namer: r.namer?.key ?? null, path: attributionPaths.get(r.quote) ?? null };
}

/**
 * A split where this thread claims the chunks `mine` says (in that order) and another thread, with its own
 * reader, read the rest: copied as a message between threads copies it, or null when `lost` says it failed.
 */
function splitOf(size: number, mine: (c: number) => boolean, lost: (c: number) => boolean = () => false): QuotesSplit & { taken: (c: number) => unknown } {
  const other = new DocumentChunks(passages, size);
  let next = 0;
  return {
    size,
    claim: (chunks) => {
      while (next < chunks && !mine(next)) next++;
      return next < chunks ? next++ : null;
    },
    taken: (c) => {
      expect(mine(c)).toBe(false);
      return lost(c) ? null : structuredClone(other.read(c));
    },
  };
}

describe('reading the documents in chunks on two threads', () => {
  const whole = extract(passages);
  expect(whole.speakers.length).toBeGreaterThan(2);

  it('gives the records, speakers and spans of one reading of them all, however the chunks fall', () => {
    const patterns: ((c: number) => boolean)[] = [() => true, () => false, (c) => c % 2 === 0, (c) => c % 2 === 1, (c) => c === 0];
    for (const size of [1, 2, 3]) {
      for (const mine of patterns) {
        const split = extract(passages, splitOf(size, mine));
        expect(split.records.map(plain)).toEqual(whole.records.map(plain));
        expect(split.speakers).toEqual(whole.speakers);
        expect(split.spans).toEqual(whole.spans);
      }
    }
  });

  it('reads a chunk itself when the other thread hands over nothing for it', () => {
    const split = extract(passages, splitOf(1, (c) => c === 1, () => true));
    expect(split.records.map(plain)).toEqual(whole.records.map(plain));
    expect(split.speakers).toEqual(whole.speakers);
  });

  it('counts the chunks of a corpus', () => {
    expect(new DocumentChunks(passages, 1).count).toBe(3);
    expect(new DocumentChunks(passages, 2).count).toBe(2);
    expect(new DocumentChunks(passages, 50).count).toBe(1);
  });
});
