import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { bodyParagraphs, parseFrontMatterYaml, parseSimpleFrontMatter, splitArticle, splitFrontMatter } from '../src/corpus/frontmatter.ts';
import { frontMatterSchema, validateFrontMatter } from '../src/corpus/schema.ts';
import { ABBREVIATIONS, CLOCK_FOLLOWERS, CLOSERS, OPENERS, SENTENCE_STARTERS, splitSentences } from '../src/text/sentences.ts';
import type { Sentence } from '../src/types.ts';

// The fast paths of loading and sentence splitting must give exactly what the straightforward code gives.
// The references below are that code: the yaml package, the zod schema, and the first versions of the
// article splitter and the sentence scanner, kept here verbatim.

function referenceYaml(yaml: string): { data: Record<string, unknown> } | { error: string } {
  let data: unknown;
  try {
    data = parseYaml(yaml, { prettyErrors: false });
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { error: `is not readable YAML (${reason})` };
  }
  if (data === null || data === undefined) return { data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { error: 'must be a list of "key: value" fields (title, outlet, published, url, language)' };
  }
  return { data: data as Record<string, unknown> };
}

function referenceSplit(source: string): { yaml: string; body: string } | { error: string } {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  if (first >= lines.length) return { error: 'the file is empty; it must start with front matter between two "---" lines' };
  if (lines[first]!.trim() !== '---') {
    return { error: 'the file must start with a "---" line, then the front matter (title, outlet, published), then another "---" line' };
  }
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') {
      return { yaml: lines.slice(first + 1, i).join('\n'), body: lines.slice(i + 1).join('\n') };
    }
  }
  return { error: 'the front matter is never closed: add a "---" line after it' };
}

function referenceParagraphs(body: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const line of body.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') flush();
    else {
      // A list item opens a paragraph of its own; a time-stamped heading is one.
      const heading = trimmed.length <= 100 && /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?\s+[-—–]\s+[^.!?]*[^.!?\s]$/u.test(trimmed);
      const label = /^[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*){0,3}(?:[ \t]*\([^()]{1,40}\))?:[ \t]+\S/u.test(trimmed);
      if (heading || label || /^[-*•][ \t]+\S/u.test(trimmed)) flush();
      current.push(trimmed);
      if (heading) flush();
    }
  }
  flush();
  return paragraphs;
}

function referenceValidate(file: string, data: unknown) {
  const result = frontMatterSchema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file,
      field: issue.path.length > 0 ? issue.path.map(String).join('.') : 'front matter',
      message: issue.message,
    })),
  };
}

// The word lists are the scanner's own: what is checked here is the rewrite of the scanning.
function referenceSentences(text: string): Sentence[] {
  const isUpperStart = (ch: string | undefined) => ch !== undefined && /\p{Lu}|\p{N}/u.test(ch);
  const wordBefore = (dot: number) => {
    let i = dot;
    while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
    return text.slice(i, dot);
  };
  const wordAfter = (from: number) => {
    let i = from;
    while (i < text.length && OPENERS.has(text[i]!)) i++;
    const m = /^[\p{L}\p{N}]+/u.exec(text.slice(i, i + 40));
    return m ? m[0] : '';
  };
  const periodContinues = (dot: number, next: number) => {
    const word = wordBefore(dot);
    if (word === '') return false;
    const bare = word.replace(/\./g, '');
    if (/^\p{Lu}$/u.test(word)) return word !== 'I';
    // (Session 43: the number sign goes on only into a number, "No. 2"; "says no. Its" ends.)
    if (/^nos?$/iu.test(word)) return /^\p{N}/u.test(wordAfter(next));
    if (ABBREVIATIONS.has(bare.toLowerCase()) && !word.includes('.')) return true;
    // (Session 56: a clock time goes on only into a day, a month, a zone or a place's time, "10 a.m. Monday".)
    if (/^[ap]\.m$/iu.test(word)) {
      const after = wordAfter(next);
      return CLOCK_FOLLOWERS.has(after.toLowerCase()) || /^\p{Lu}{2,5}$/u.test(after) || /^[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:time|Time)\b/u.test(text.slice(next, next + 60));
    }
    if (word.includes('.')) return !SENTENCE_STARTERS.has(wordAfter(next).toLowerCase());
    return false;
  };
  const sentences: Sentence[] = [];
  const pushTrimmed = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) sentences.push({ text: text.slice(start, end), start, end });
  };
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    let next = end;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    if (next === end || next >= text.length) {
      i = end - 1;
      continue;
    }
    let first = next;
    while (first < text.length && OPENERS.has(text[first]!)) first++;
    if (!isUpperStart(text[first])) {
      i = end - 1;
      continue;
    }
    if (ch === '.' && end === i + 1 && periodContinues(i, next)) continue;
    pushTrimmed(from, end);
    from = next;
    i = next - 1;
  }
  pushTrimmed(from, text.length);
  return sentences;
}

const KEYS = ['title', 'outlet', 'published', 'url', 'language', 'author', 'tags', 'true', 'null', 'No', 'a b', '__proto__', 'x-y', '_k', '1a', '<<'];
const VALUE_PIECES = [
  'Kim', 'Putin', ' ', '  ', ':', ': ', ' :', '#', ' #', '# ', '"', "'", "''", '\\', '\\n', '\\"', '-', '- ', '?', ',', '[', ']', '{', '}',
  '&a', '*a', 'a!', 'b!!str', '|', '>', '%', '@', '`', '<<', '~', '.', '...', '---', 'é', '한국', '🎉', '\u00a0', '\u2028', '\t', '\u0085',
  '2023-09-14', '2023-02-30', '2023-09-14T10:00:00Z', '12', '-3', '+4', '0x1F', '0o17', '1e3', '.5', '1.', '.inf', '-.Inf', '.nan',
  'true', 'False', 'TRUE', 'yes', 'No', 'on', 'null', 'Null', 'NULL', '~', 'https://example.com/a?b=c#d', 'en', 'ko-KR', 'ENG ',
];
const valueText = fc.array(fc.oneof(fc.constantFrom(...VALUE_PIECES), fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 6 }).map((p) => p.join(''));
const value = fc.oneof(
  valueText,
  valueText.map((v) => `"${v}"`),
  valueText.map((v) => `'${v}'`),
  valueText.map((v) => `'${v.replace(/'/g, "''")}'`),
  valueText.map((v) => `"${v.replace(/["\\]/g, '')}"`),
  fc.constantFrom('', ' ', '2023-09-14', '"2023-09-14"', "'x'  ", 'A title: with colon', 'C# and F#', 'a #b', 'x:y', 'it\'s', '[a, b]', '{a: 1}', '- a'),
);
const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(': ', ':', ':  ', ' : ', ':\t'), value, fc.constantFrom('', ' ', '  ', ' # note', '\t')).map(([k, sep, v, tail]) => `${k}${sep}${v}${tail}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '  ', '# comment', '  nested: 1', '- item', 'title', '%YAML 1.2', '\t', '...') },
);
// Front matter as writers write it: the schema's fields once each, values mostly plain text.
const cleanPiece = fc.constantFrom('Kim', 'Putin', ' ', 'Kim\'s', '"quoted"', 'a:b', 'C#', '2023-09-14', '12', '-', '.', ',', '[x]', '{y}', 'é', '한국', '🎉', '\u00a0', '\u200b', '<<', '%', 'a!', 'true', 'null', '?');
const cleanText = fc.array(fc.oneof({ weight: 4, arbitrary: cleanPiece }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) }), { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
const cleanValue = fc.oneof(cleanText, cleanText.map((v) => `"${v.replace(/["\\]/g, '')}"`), cleanText.map((v) => `'${v.replace(/'/g, "''")}'`), fc.constantFrom('', '2023-09-14', 'en'));
const clean = fc
  .uniqueArray(fc.constantFrom('title', 'outlet', 'published', 'url', 'language', 'author'), { minLength: 1 })
  .chain((keys) => fc.tuple(...keys.map((k) => fc.tuple(fc.constant(k), cleanValue, fc.constantFrom('', ' ')))))
  .map((fields) => fields.map(([k, v, tail]) => `${k}: ${v}${tail}`).join('\n'));
const frontMatter = fc.oneof({ weight: 2, arbitrary: clean }, { weight: 1, arbitrary: fc.array(line, { maxLength: 7 }).map((lines) => lines.join('\n')) });

describe('front matter fast path', () => {
  it('parses common front matter without the yaml package', () => {
    const yaml = 'title: Kim\'s "summit" report\noutlet: "Yonhap: News"\npublished: 2023-09-14\nurl: https://example.com/a#b\nlanguage: \'ko\'\nauthor:';
    const data = parseSimpleFrontMatter(yaml);
    expect(data).toEqual({ title: 'Kim\'s "summit" report', outlet: 'Yonhap: News', published: '2023-09-14', url: 'https://example.com/a#b', language: 'ko', author: null });
    expect(data).toEqual(parseYaml(yaml));
  });

  it('leaves to the yaml package what it is not sure of', () => {
    for (const yaml of ['title: 1984', 'title: true', 'title: ~', 'title: a # c', '# c\ntitle: a', 'title: a\ntitle: b', 'title: "a\\"b"', 'title: [a]', ' title: a', 'title:\ta', 'null: a', '']) {
      expect(parseSimpleFrontMatter(yaml), yaml).toBeUndefined();
    }
  });

  it('agrees with the yaml package on generated front matter', () => {
    let fast = 0;
    fc.assert(
      fc.property(frontMatter, (yaml) => {
        const simple = parseSimpleFrontMatter(yaml);
        if (simple !== undefined) {
          fast++;
          expect(simple).toStrictEqual(parseYaml(yaml, { prettyErrors: false }));
        }
        expect(parseFrontMatterYaml(yaml)).toStrictEqual(referenceYaml(yaml));
      }),
      { numRuns: 3000 },
    );
    // The generator must exercise the fast path, not only the fallback.
    expect(fast).toBeGreaterThan(300);
  });
});

describe('article splitting', () => {
  const piece = fc.constantFrom('---', '...', '--- ', ' ---', '\n', '\r\n', '\r', '\n\n', '  ', '\t', '\u00a0', '\u2028', '\uFEFF', 'title: A', 'Text.', 'More text', '  indented  ', 'é');
  const source = fc.tuple(fc.boolean(), fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 24 })).map(([bom, p]) => (bom ? '\uFEFF' : '') + p.join(''));
  const typical = fc
    .tuple(fc.constantFrom('\n', '\r\n', '\r'), fc.array(fc.oneof(fc.constantFrom('', '  ', ' a line ', 'Para one.', '\t'), fc.string({ maxLength: 8 })), { maxLength: 12 }))
    .map(([nl, body]) => ['---', 'title: A', 'published: 2023-09-14', '---', ...body].join(nl));

  it('cuts front matter and paragraphs as the line-by-line splitter does', () => {
    fc.assert(
      fc.property(fc.oneof(source, typical), (text) => {
        const expected = referenceSplit(text);
        expect(splitFrontMatter(text)).toStrictEqual(expected);
        const cut = splitArticle(text);
        if ('error' in expected) expect(cut).toStrictEqual(expected);
        else expect(cut).toStrictEqual({ yaml: expected.yaml, paragraphs: referenceParagraphs(expected.body) });
      }),
      { numRuns: 3000 },
    );
  });

  it('splits body paragraphs as before', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', '\u00a0', 'a', 'Bb.'), fc.string({ maxLength: 4 })), { maxLength: 30 }), (parts) => {
        const body = parts.join('');
        expect(bodyParagraphs(body)).toStrictEqual(referenceParagraphs(body));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('front matter validation', () => {
  const field = fc.oneof(
    fc.constantFrom(undefined, null, '', ' ', 'x', ' Title ', '2023-09-14', ' 2023-09-14 ', '2023-02-30', '2023-9-14', 'en', ' ko ', 'en-GB', 'e', 'english', 'https://example.com/a', ' http://x.org ', 'ftp://x.org', 'not a url', 42, 0, Number.NaN, true, ['a'], { a: 1 }),
    fc.string({ maxLength: 6 }),
  );
  it('gives the schema value and problems for any fields', () => {
    fc.assert(
      fc.property(fc.record({ title: field, outlet: field, published: field, url: field, language: field }, { requiredKeys: [] }), (data) => {
        expect(validateFrontMatter('f.md', data)).toStrictEqual(referenceValidate('f.md', data));
      }),
      { numRuns: 3000 },
    );
  });

  it('validates addresses, Date objects and non-objects like the schema', () => {
    const sound = { title: ' A ', outlet: 'B', published: '2023-09-14' };
    const cases = [
      { ...sound, published: new Date('2023-09-14T00:00:00Z') },
      { ...sound, url: ' https://example.com/x?y#z ' },
      { ...sound, url: 'ftp://example.com/x' },
      { ...sound, url: 'https://' },
      { ...sound, language: ' ko-KR ' },
      null,
      'text',
      [1],
      {},
    ];
    expect(validateFrontMatter('f.md', cases[1]).value?.url).toBe('https://example.com/x?y#z');
    for (const data of cases) {
      expect(validateFrontMatter('f.md', data)).toStrictEqual(referenceValidate('f.md', data));
    }
  });
});

describe('sentence scanner', () => {
  it('treats every UTF-16 code unit as the regular-expression scanner does', () => {
    const templates = (c: string) => [`Word.${c}Next one.`, `Word. ${c}ext one.`, `U.S.${c} The end`, `x ${c}. Then`, `A${c}. B`, `Ok.${c}${c}Yes`, `${c}Mr. Kim${c}`, `Is it?${c} Yes`];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of templates(c)) {
        const got = splitSentences(text);
        const want = referenceSentences(text);
        if (JSON.stringify(got) !== JSON.stringify(want)) expect({ code, text, got }).toEqual({ code, text, got: want });
      }
    }
  });

  it('splits generated prose as the regular-expression scanner does', () => {
    const prose = fc
      .array(
        fc.oneof(
          fc.constantFrom('U.S.', 'U.N.', 'a.m.', 'Sept.', 'Mr.', 'Dr.', 'No.', 'I.', 'V.', '"', '“', '”', "'", '’', '‘', '(', ')', '[', ']', '«', '»', '.', '?', '!', '…', ' ', '  ', '\n', '\u00a0', '\u2009', 'Kim', 'said', 'The', 'the', 'A', 'É', 'é', '𝐀', '3.5', '...', '?!', '🎉'),
          fc.string({ unit: 'grapheme', maxLength: 5 }),
        ),
        { maxLength: 50 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(prose, fc.string({ maxLength: 80 })), (text) => {
        expect(splitSentences(text)).toStrictEqual(referenceSentences(text));
      }),
      { numRuns: 5000 },
    );
  });
});
