import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusError, loadCorpus, parseArticle, serializeArticle } from '../src/corpus/load.ts';
import { isRealDate, slugify } from '../src/corpus/schema.ts';
import type { Document } from '../src/types.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'corpora');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'corpus-test-'));
}

function loadError(dir: string): CorpusError {
  try {
    loadCorpus(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(CorpusError);
    return err as CorpusError;
  }
  throw new Error(`loadCorpus(${dir}) did not throw`);
}

const article = (front: string, body = 'Some text.') => `---\n${front}\n---\n\n${body}\n`;

describe('loadCorpus on a good corpus', () => {
  it('loads every article, skipping README.md and _ files, in date order', () => {
    const docs = loadCorpus(join(FIXTURES, 'good'));
    expect(docs.map((d) => d.id)).toEqual(['beta-2', 'alpha-report']);
    expect(docs[1]).toEqual({
      id: 'alpha-report',
      file: 'alpha-report.md',
      title: 'Alpha: a report',
      outlet: 'Test Wire',
      published: '2023-09-13',
      url: 'https://example.com/alpha',
      language: 'en',
      paragraphs: ['First paragraph of alpha, wrapped over two lines.', 'Second paragraph of alpha.'],
    });
    expect(docs[0]!.language).toBe('ko');
    expect(docs[0]!.url).toBeNull();
  });

  it('keeps published a YYYY-MM-DD string', () => {
    for (const d of loadCorpus(join(FIXTURES, 'good'))) expect(typeof d.published).toBe('string');
  });

  it('loads the bundled corpus: one Yonhap article of 24 paragraphs', () => {
    const docs = loadCorpus(join(import.meta.dirname, '..', 'corpus'));
    expect(docs).toHaveLength(1);
    const d = docs[0]!;
    expect(d.id).toBe('yonhap-kim-putin-summit');
    expect(d.outlet).toBe('Yonhap News Agency');
    expect(d.published).toBe('2023-09-14');
    expect(d.url).toBeNull();
    expect(d.title).toBe('(News Focus) Kim-Putin summit highlights strategic push to expand cooperation');
    expect(d.paragraphs).toHaveLength(24);
    expect(d.paragraphs[0]).toMatch(/^The latest summit between the leaders of North Korea and Russia/);
    expect(d.paragraphs[23]).toMatch(/the unification ministry official said\.$/);
  });
});

describe('loadCorpus on a bad corpus', () => {
  let cached: CorpusError | undefined;
  const bad = () => (cached ??= loadError(join(FIXTURES, 'bad')));
  const has = (file: string, field: string, pattern: RegExp) =>
    expect(bad().problems.some((p) => p.file === file && p.field === field && pattern.test(p.message)), `${file}: ${field} ~ ${pattern}`).toBe(true);

  it('reports every problem in every file at once', () => {
    has('missing-date.md', 'published', /missing/);
    has('no-such-day.md', 'published', /2023-02-30 is not a day that exists/);
    has('empty-body.md', 'body', /empty/);
    has('bad-yaml.md', 'front matter', /YAML/);
    has('no-front-matter.md', 'front matter', /---/);
    has('no-title-bad-url.md', 'title', /missing/);
    has('no-title-bad-url.md', 'url', /http/);
    has('Not_A_Slug.md', 'id', /lowercase/);
    expect(bad().problems).toHaveLength(8);
    expect(bad().problems.some((p) => p.file === 'fine.md')).toBe(false);
  });

  it('lists each problem in the message as file: field: what is wrong', () => {
    const err = bad();
    for (const p of err.problems) expect(err.message).toContain(`${p.file}: ${p.field}: ${p.message}`);
    expect(err.message).toContain('8 problems');
  });

  it('reports two files with the same id, differing only in case', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'summit.md'), article('title: A\noutlet: O\npublished: 2023-09-14'));
    writeFileSync(join(dir, 'Summit.md'), article('title: B\noutlet: O\npublished: 2023-09-14'));
    const e = loadError(dir);
    const dup = e.problems.filter((p) => p.field === 'id' && /duplicate document id "summit"/.test(p.message));
    expect(dup.map((p) => p.file).sort()).toEqual(['Summit.md', 'summit.md']);
  });

  it('reports a missing folder and says how to add an article', () => {
    const e = loadError(join(tempDir(), 'nowhere'));
    expect(e.message).toMatch(/no corpus folder/);
    expect(e.message).toContain('npm run --silent cli -- ingest <file> --published YYYY-MM-DD');
    expect(e.message).toContain('Adding an article');
    expect(e.problems).toHaveLength(1);
  });

  it('reports a folder with no articles and says how to add one', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), 'not an article');
    writeFileSync(join(dir, '_draft.md'), 'not an article');
    mkdirSync(join(dir, 'sub.md'));
    const e = loadError(dir);
    expect(e.message).toMatch(/has no articles/);
    expect(e.message).toContain('ingest <file> --published YYYY-MM-DD');
    expect(e.message).toContain('Adding an article');
  });
});

describe('parseArticle', () => {
  it('rejects front matter that is not a set of fields', () => {
    const r = parseArticle('x.md', '---\n- a\n- b\n---\n\nText.\n');
    expect(r.document).toBeUndefined();
    expect(r.problems).toEqual([{ file: 'x.md', field: 'front matter', message: expect.stringMatching(/key: value/) }]);
  });

  it('rejects front matter that is never closed', () => {
    const r = parseArticle('x.md', '---\ntitle: T\n\nText.\n');
    expect(r.problems.map((p) => p.field)).toEqual(['front matter']);
    expect(r.problems[0]!.message).toMatch(/never closed/);
  });

  it('reports missing outlet, a date not in YYYY-MM-DD form and a bad language together', () => {
    const r = parseArticle('x.md', article('title: T\npublished: 14 September 2023\nlanguage: english'));
    expect(r.problems.map((p) => p.field).sort()).toEqual(['language', 'outlet', 'published']);
  });

  it('accepts CRLF line endings and a byte order mark', () => {
    const r = parseArticle('x.md', '\uFEFF---\r\ntitle: T\r\noutlet: O\r\npublished: 2024-02-29\r\n---\r\n\r\nOne\r\nline.\r\n\r\nTwo.\r\n');
    expect(r.problems).toEqual([]);
    expect(r.document?.paragraphs).toEqual(['One line.', 'Two.']);
  });

  it('takes a bare number as a title and an empty url as none', () => {
    const r = parseArticle('x.md', article('title: 1984\noutlet: O\npublished: 2023-09-14\nurl:'));
    expect(r.document?.title).toBe('1984');
    expect(r.document?.url).toBeNull();
  });
});

describe('dates and ids', () => {
  it('knows which days exist', () => {
    expect(isRealDate('2023-09-14')).toBe(true);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2023-13-01')).toBe(false);
    expect(isRealDate('2023-9-14')).toBe(false);
  });

  it('makes short ascii slugs cut on a word', () => {
    expect(slugify('(News Focus) Kim-Putin summit highlights strategic push to expand cooperation')).toBe(
      'news-focus-kim-putin-summit-highlights-strategic-push-to',
    );
    expect(slugify('Café Déjà Vu')).toBe('cafe-deja-vu');
    expect(slugify('Kim’s visit')).toBe('kims-visit');
    expect(slugify('한국어')).toBe('');
  });
});

describe('serializeArticle', () => {
  const base: Document = {
    id: 'a',
    file: 'a.md',
    title: 'T',
    outlet: 'O',
    published: '2023-09-14',
    url: null,
    language: 'en',
    paragraphs: ['One.'],
  };

  it('writes the keys in order and leaves out a null url', () => {
    expect(serializeArticle(base)).toBe('---\ntitle: T\noutlet: O\npublished: 2023-09-14\nlanguage: en\n---\n\nOne.\n');
    expect(serializeArticle({ ...base, url: 'https://example.com/x' })).toContain('published: 2023-09-14\nurl: https://example.com/x\nlanguage: en\n');
  });

  it('round-trips through parseArticle for any title, outlet and paragraphs', () => {
    // (In the composed form the loader gives every text: a decomposed accent comes back composed, the same letters.)
    const line = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).map((s) => s.replace(/[\r\n\u2028\u2029\u0085]/g, ' ').trim().normalize('NFC')).filter((s) => s !== '');
    const url = fc.option(fc.webUrl({ validSchemes: ['http', 'https'] }), { nil: null });
    fc.assert(
      fc.property(line, line, fc.array(line, { minLength: 1, maxLength: 8 }), url, (title, outlet, paragraphs, u) => {
        const doc: Document = { ...base, title, outlet, paragraphs, url: u };
        const back = parseArticle(doc.file, serializeArticle(doc));
        expect(back.problems).toEqual([]);
        expect(back.document).toEqual(doc);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips titles that look like YAML: numbers, dates, booleans, colons, quotes', () => {
    for (const title of ['1984', '2023-09-14', 'true', 'null', 'a: b', '"quoted"', "it's", '- dash', '# hash', '[x]', '{y}', '&anchor', '*alias', '!tag', '%', '@', '`tick`', '|', '>']) {
      const doc = { ...base, title };
      expect(parseArticle(doc.file, serializeArticle(doc)).document).toEqual(doc);
    }
  });
});
