import { describe, expect, it } from 'vitest';
import { attributionPaths, extract, readDocumentsFrom } from '../src/quotes/extract-quotes.ts';
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

describe('reading the later documents apart (another thread)', () => {
  const whole = extract(passages);
  expect(whole.speakers.length).toBeGreaterThan(2);

  it('gives the records, speakers and spans of one reading of them all, wherever the documents are split', () => {
    for (const from of [0, 1, 2, 3]) {
      // (Copied as a message between threads copies it.)
      const split = extract(passages, { from, rest: () => structuredClone(readDocumentsFrom(passages, from)) });
      expect(split.records.map(plain)).toEqual(whole.records.map(plain));
      expect(split.speakers).toEqual(whole.speakers);
      expect(split.spans).toEqual(whole.spans);
    }
  });

  it('reads them itself when nothing is handed over', () => {
    const split = extract(passages, { from: 1, rest: () => null });
    expect(split.records.map(plain)).toEqual(whole.records.map(plain));
    expect(split.speakers).toEqual(whole.speakers);
  });
});
