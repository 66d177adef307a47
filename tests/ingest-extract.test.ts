/**
 * The tricky text handling of web ingest, by property: dates, datelines, addresses compared for
 * duplicates, and extraction from any HTML at all (an answer or an IngestError, never a crash).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle, isoDay, readDateline } from '../src/corpus/extract.ts';
import { IngestError } from '../src/corpus/ingest-error.ts';
import { comparableUrl } from '../src/corpus/save.ts';
import { dateProblem } from '../src/corpus/schema.ts';
import { PAGES_DIR } from './helpers/page-server.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('dates from pages', () => {
  it('isoDay keeps the day as the publisher wrote it, whatever the time and offset, and only real days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom('', 'T00:30:00+09:00', 'T23:59:59-05:00', 'T12:00:00Z', ' 10:00'), (y, m, d, time) => {
        const day = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const got = isoDay(`${day}${time}`);
        if (dateProblem(day) === null) expect(got).toBe(day);
        else expect(got).toBeNull();
      }),
    );
  });

  it('a dateline gives its agency always, and its date only when it names the year', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('PYONGYANG', 'Vostochny', 'NORTH HARBOUR', 'Eastland'),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 28 }),
        fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: undefined }),
        fc.constantFrom('Central Agency', 'Harbour Wire', 'KCNA'),
        fc.constantFrom('--', '-', '—'),
        (place, month, day, year, agency, dash) => {
          const date = `${MONTHS[month]} ${day}${year === undefined ? '' : `, ${year}`}`;
          const got = readDateline(`${place}, ${date} (${agency}) ${dash} The talks ended on Wednesday.`);
          expect(got?.agency).toBe(agency);
          expect(got?.published).toBe(year === undefined ? null : `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
        },
      ),
    );
  });

  it('an ordinary opening sentence is not a dateline', () => {
    expect(readDateline('The leaders met on Wednesday (local time) - officials said.')).toBeNull();
    expect(readDateline('"We have come here," he said.')).toBeNull();
  });
});

describe('addresses compared for duplicates', () => {
  it('ignore the fragment, tracking parameters, www. and a trailing slash, and nothing else', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (url) => {
        const once = comparableUrl(url);
        expect(comparableUrl(once)).toBe(once);
        const u = new URL(url);
        u.hash = 'section-2';
        u.searchParams.set('utm_source', 'newsletter');
        expect(comparableUrl(u.href)).toBe(once);
      }),
    );
    expect(comparableUrl('https://www.example.com/a/b/')).toBe(comparableUrl('https://example.com/a/b'));
    expect(comparableUrl('https://example.com/a?id=1')).not.toBe(comparableUrl('https://example.com/a?id=2'));
  });
});

describe('extraction from any HTML', () => {
  const wire = readFileSync(join(PAGES_DIR, 'wire.html'), 'utf8');

  it('answers or refuses with an IngestError, never crashes, and every paragraph it keeps is text of the page', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 0, max: wire.length }), fc.integer({ min: 0, max: 400 }), (junk, at, cut) => {
        // The page with a slice cut out and arbitrary text put in its place: broken tags, half scripts.
        const html = wire.slice(0, at) + junk + wire.slice(Math.min(wire.length, at + cut));
        let paragraphs: string[];
        try {
          paragraphs = extractArticle(html, 'https://wire.example.com/x').paragraphs;
        } catch (e) {
          expect(e).toBeInstanceOf(IngestError);
          return;
        }
        // Verbatim: each paragraph is the text of an element of the page (spaces collapsed).
        const doc = parseHTML(html).document as unknown as { querySelectorAll(s: string): Iterable<{ textContent: string | null }> };
        const texts = [...doc.querySelectorAll('*')].map((el) => String(el.textContent ?? '').replace(/\s+/g, ' '));
        for (const p of paragraphs) expect(texts.some((t) => t.includes(p)), p).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses with an IngestError a page cut where Readability itself throws (a counterexample fast-check found)', () => {
    const html = wire.slice(0, 700) + wire.slice(700 + 189);
    expect(() => extractArticle(html, 'https://wire.example.com/x')).toThrow(IngestError);
  });
});
