import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestError, ingestFile, ingestText, isCaptionParagraph, isFurnitureLine } from '../src/corpus/ingest.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { writeFileAtomic } from '../src/corpus/write.ts';

const ROOT = join(import.meta.dirname, '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'yonhap-kim-putin-summit.txt');
const BUNDLED = join(ROOT, 'corpus', 'yonhap-kim-putin-summit.md');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ingest-test-'));
}

function ingestError(run: () => unknown): IngestError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(IngestError);
    return err as IngestError;
  }
  throw new Error('expected an IngestError');
}

describe('ingesting the bundled Yonhap article', () => {
  it('reproduces the committed corpus file byte for byte', () => {
    const out = tempDir();
    const result = ingestFile(FIXTURE, { published: '2023-09-14', out });
    expect(result.document).toEqual({ id: 'yonhap-kim-putin-summit', file: 'yonhap-kim-putin-summit.md', paragraphs: 24 });
    expect(readFileSync(join(out, 'yonhap-kim-putin-summit.md'), 'utf8')).toBe(readFileSync(BUNDLED, 'utf8'));
  });

  it('keeps every blank-line block after the headline except the Source line and "scroll to top"', () => {
    const raw = readFileSync(FIXTURE, 'utf8');
    const { document, dropped } = ingestText(raw, { published: '2023-09-14', id: 'yonhap-kim-putin-summit' });
    const blocks = raw.split(/\n\s*\n/).map((b) => b.trim());
    expect(document.title).toBe(blocks[0]);
    expect(document.paragraphs).toEqual(blocks.slice(1).filter((b) => b !== 'scroll to top' && !b.startsWith('Source:')));
    expect(document.paragraphs).toHaveLength(24);
    expect(document.outlet).toBe('Yonhap News Agency');
    expect(document.url).toBeNull();
    expect(dropped).toContain('scroll to top');
    expect(dropped).toHaveLength(2);
  });

  it('names the document after the input file unless told otherwise', () => {
    const out = tempDir();
    expect(ingestFile(FIXTURE, { published: '2023-09-14', out, id: 'other-name' }).document.file).toBe('other-name.md');
    const { document } = ingestText(readFileSync(FIXTURE, 'utf8'), { published: '2023-09-14' });
    expect(document.id).toBe('news-focus-kim-putin-summit-highlights-strategic-push-to');
    const korean = join(tempDir(), '기사.txt');
    writeFileSync(korean, 'Summit ends\n\nThe summit ended.\n\nSource: Wire');
    expect(ingestFile(korean, { published: '2023-09-14', out }).document.id).toBe('summit-ends');
  });

  it('lets options override the title and outlet, and records a url', () => {
    const { document, dropped } = ingestText(readFileSync(FIXTURE, 'utf8'), {
      published: '2023-09-14',
      title: 'Another title',
      outlet: 'Another Outlet',
      url: 'https://example.com/story',
    });
    expect(document.title).toBe('Another title');
    expect(document.outlet).toBe('Another Outlet');
    expect(document.url).toBe('https://example.com/story');
    expect(document.paragraphs).toHaveLength(24);
    expect(dropped[0]).toMatch(/^\(News Focus\)/);
  });
});

describe('page furniture', () => {
  const page = [
    'Skip to content',
    '',
    'Leaders meet at remote spaceport',
    '',
    'By Jane Doe',
    'Updated: Sept. 14, 2023 10:05 a.m. KST',
    '',
    'Share',
    'Facebook',
    'Twitter',
    'Copy link',
    '',
    'The two leaders met on Wednesday at a spaceport in the far east of the country, officials said.',
    '',
    'AFP/Getty Images',
    '',
    'Photo: Reuters',
    '',
    'Advertisement',
    '',
    'Talks lasted',
    'several hours and covered',
    'military matters.',
    '',
    '"We will help," he said.',
    '',
    'Read more',
    'Related articles',
    '',
    'Subscribe to our newsletter for the latest news',
    '',
    '(END)',
    '',
    '© 2023 Example Media. All rights reserved.',
    '',
    'Source: Example Times',
    '',
    '* * *',
    '',
    'scroll to top',
  ].join('\n');

  it('drops furniture, keeps the article, and reports what was left out', () => {
    const { document, dropped } = ingestText(page, { published: '2023-09-14' });
    expect(document.title).toBe('Leaders meet at remote spaceport');
    expect(document.outlet).toBe('Example Times');
    expect(document.paragraphs).toEqual([
      'The two leaders met on Wednesday at a spaceport in the far east of the country, officials said.',
      'Talks lasted several hours and covered military matters.',
      '"We will help," he said.',
    ]);
    for (const line of ['Skip to content', 'By Jane Doe', 'Share', 'Facebook', 'Twitter', 'Copy link', 'AFP/Getty Images', 'Photo: Reuters', 'Advertisement', 'Read more', 'Related articles', '(END)', 'scroll to top']) {
      expect(dropped).toContain(line);
    }
    expect(dropped).toContain('© 2023 Example Media. All rights reserved.');
    expect(dropped).toContain('Subscribe to our newsletter for the latest news');
  });

  it('takes the outlet from a Source line, without a trailing remark', () => {
    const { document } = ingestText('Headline\n\nText of the article.\n\nSource: Harbour Wire (a test article)', { published: '2023-09-14' });
    expect(document.outlet).toBe('Harbour Wire');
  });

  it('treats text pasted without blank lines as one paragraph per line', () => {
    const raw = 'Headline here\nFirst paragraph ends here.\nShare\nSecond paragraph ends here too.\n(Yonhap)';
    const { document, dropped } = ingestText(raw, { published: '2023-09-14', outlet: 'X' });
    expect(document.paragraphs).toEqual(['First paragraph ends here.', 'Second paragraph ends here too.']);
    expect(dropped).toEqual(['Share', '(Yonhap)']);
  });

  it('joins a hard-wrapped paragraph back into one', () => {
    const word = fc.stringMatching(/^[a-z]{1,10}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 60 }), fc.integer({ min: 20, max: 80 }), (words, width) => {
        const paragraph = `${words.join(' ')}.`;
        const lines: string[] = [];
        for (const w of paragraph.split(' ')) {
          const last = lines[lines.length - 1];
          if (last !== undefined && last.length + 1 + w.length <= width) lines[lines.length - 1] = `${last} ${w}`;
          else lines.push(w);
        }
        const { document } = ingestText(`Headline\n\n${lines.join('\n')}\n\nKim Jong-un\nVladimir Putin`, { published: '2023-09-14', outlet: 'O' });
        expect(document.paragraphs).toEqual([paragraph]);
      }),
      { numRuns: 200 },
    );
  });

  it('drops a photo caption that ends with a credit', () => {
    expect(isCaptionParagraph('North Korean leader Kim Jong-un and Russian President Vladimir Putin shake hands at the spaceport in this photo released by the state media. (Yonhap)')).toBe(true);
    expect(isCaptionParagraph('Kim said the talks were useful and that he would return to the region soon (officials).')).toBe(false);
  });

  it('recognises furniture lines but not sentences that start with the same words', () => {
    for (const line of ['Share this article', 'X', 'Email', 'Print', 'Read more »', '5 min read', 'Sept. 14, 2023', '---', 'Copyright (c) 2023 Example', 'Tags: North Korea, Russia']) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
    for (const line of ['Share prices fell sharply after the summit.', 'Printing presses ran all night.', 'Copyright law was not discussed.', 'By then, the talks were over.', 'X marks the spot, he said.']) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });

  it('never drops a paragraph that ends like a sentence or has more than twelve words', () => {
    const word = fc.stringMatching(/^[a-z]{1,10}$/);
    const sentence = fc.array(word, { minLength: 3, maxLength: 30 }).map((ws) => `${ws.join(' ')}.`);
    const longLine = fc.array(word, { minLength: 13, maxLength: 30 }).map((ws) => ws.join(' '));
    const furniture = fc.constantFrom('Share', 'Advertisement', 'scroll to top', '(Yonhap)', 'Photo: AP', 'Read more', '© 2023 X');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(sentence, longLine), fc.option(furniture, { nil: undefined })), { minLength: 1, maxLength: 10 }),
        (items) => {
          const blocks = ['Headline'];
          for (const [para, junk] of items) {
            blocks.push(para);
            if (junk) blocks.push(junk);
          }
          const { document } = ingestText(blocks.join('\n\n'), { published: '2023-09-14', outlet: 'O' });
          expect(document.paragraphs).toEqual(items.map(([p]) => p));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('ingest refusals', () => {
  const raw = 'Headline\n\nA paragraph of the article.';

  it('requires a real publication date', () => {
    expect(ingestError(() => ingestText(raw, { outlet: 'O' })).message).toMatch(/--published YYYY-MM-DD/);
    const e = ingestError(() => ingestText(raw, { outlet: 'O', published: '2023-02-30' }));
    expect(e.code).toBe('bad_input');
    expect(e.message).toMatch(/2023-02-30 is not a day that exists/);
  });

  it('requires an outlet, from a Source line or --outlet', () => {
    expect(ingestError(() => ingestText(raw, { published: '2023-09-14' })).message).toMatch(/--outlet/);
  });

  it('refuses a bad url, a bad id and text with no paragraphs', () => {
    expect(ingestError(() => ingestText(raw, { published: '2023-09-14', outlet: 'O', url: 'not a url' })).message).toMatch(/--url/);
    expect(ingestError(() => ingestText(raw, { published: '2023-09-14', outlet: 'O', id: 'Bad Id' })).message).toMatch(/--id/);
    expect(ingestError(() => ingestText('Headline only\n\nShare', { published: '2023-09-14', outlet: 'O' })).message).toMatch(/no article paragraphs/);
  });

  it('reports a missing input file as not_found', () => {
    expect(ingestError(() => ingestFile(join(tempDir(), 'missing.txt'), { published: '2023-09-14', out: tempDir() })).code).toBe('not_found');
  });
});

describe('writing the article', () => {
  it('is idempotent, refuses to overwrite different content, and overwrites with force', () => {
    const out = tempDir();
    const input = join(tempDir(), 'story.txt');
    writeFileSync(input, 'Headline\n\nFirst paragraph.\n\nSource: Wire');
    expect(ingestFile(input, { published: '2023-09-14', out }).written).toBe(true);
    expect(ingestFile(input, { published: '2023-09-14', out }).written).toBe(false);

    const e = ingestError(() => ingestFile(input, { published: '2023-09-15', out }));
    expect(e.code).toBe('exists');
    expect(e.message).toMatch(/--force/);
    expect(readFileSync(join(out, 'story.md'), 'utf8')).toContain('published: 2023-09-14');

    expect(ingestFile(input, { published: '2023-09-15', out, force: true }).written).toBe(true);
    expect(readFileSync(join(out, 'story.md'), 'utf8')).toContain('published: 2023-09-15');
    expect(loadCorpus(out).map((d) => d.published)).toEqual(['2023-09-15']);
  });

  it('creates the output folder and leaves no temporary files', () => {
    const out = join(tempDir(), 'new', 'corpus');
    ingestFile(FIXTURE, { published: '2023-09-14', out });
    expect(readdirSync(out)).toEqual(['yonhap-kim-putin-summit.md']);
  });

  it('leaves no temporary file when the write fails', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'taken.md'));
    expect(() => writeFileAtomic(join(dir, 'taken.md'), 'content')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken.md']);
    writeFileAtomic(join(dir, 'ok.md'), 'content');
    expect(readFileSync(join(dir, 'ok.md'), 'utf8')).toBe('content');
    expect(readdirSync(dir).sort()).toEqual(['ok.md', 'taken.md']);
    expect(existsSync(join(dir, 'taken.md'))).toBe(true);
  });
});
