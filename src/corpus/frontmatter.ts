import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/** An article file cut in two: the YAML between the `---` lines, and the Markdown body after them. */
export interface SplitArticle {
  yaml: string;
  body: string;
}

const NOT_OPENED = 'the file must start with a "---" line, then the front matter (title, outlet, published), then another "---" line';
const EMPTY_FILE = 'the file is empty; it must start with front matter between two "---" lines';
const NOT_CLOSED = 'the front matter is never closed: add a "---" line after it';

/**
 * Cuts an article into front matter and body. Returns a reason instead when the file does not open with a
 * `---` line or the front matter is never closed by another `---` line.
 */
export function splitFrontMatter(source: string): SplitArticle | { error: string } {
  const cut = cutArticle(source);
  if ('error' in cut) return cut;
  return { yaml: cut.yaml, body: cut.text.slice(cut.bodyStart) };
}

/**
 * Cuts an article into its front matter and its body paragraphs in one pass: the same as `splitFrontMatter`
 * followed by `bodyParagraphs` on the body, without building the body string or an array of every line.
 */
export function splitArticle(source: string): { yaml: string; paragraphs: string[] } | { error: string } {
  const cut = cutArticle(source);
  if ('error' in cut) return cut;
  return { yaml: cut.yaml, paragraphs: paragraphsFrom(cut.text, cut.bodyStart) };
}

/**
 * Where the front matter and body of an article lie in its text, with every line break made a plain `\n`
 * (splitting on `\r\n`, `\r` and `\n` is the same as splitting the normalised text on `\n`).
 */
function cutArticle(source: string): { text: string; yaml: string; bodyStart: number } | { error: string } {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  const n = text.length;
  let at = 0;
  let lineEnd = 0;
  for (;;) {
    lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = n;
    if (text.slice(at, lineEnd).trim() !== '') break;
    if (lineEnd === n) return { error: EMPTY_FILE };
    at = lineEnd + 1;
  }
  if (text.slice(at, lineEnd).trim() !== '---' || lineEnd === n) {
    // An opening line with nothing after it is never closed.
    return { error: text.slice(at, lineEnd).trim() !== '---' ? NOT_OPENED : NOT_CLOSED };
  }
  const yamlStart = lineEnd + 1;
  at = yamlStart;
  for (;;) {
    lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = n;
    const line = text.slice(at, lineEnd).trimEnd();
    if (line === '---' || line === '...') {
      return { text, yaml: at === yamlStart ? '' : text.slice(yamlStart, at - 1), bodyStart: lineEnd === n ? n : lineEnd + 1 };
    }
    if (lineEnd === n) return { error: NOT_CLOSED };
    at = lineEnd + 1;
  }
}

/** The paragraphs of `text` from `from` on, as `bodyParagraphs` gives them; `text` has only `\n` breaks. */
function paragraphsFrom(text: string, from: number): string[] {
  const paragraphs: string[] = [];
  const n = text.length;
  let current: string | null = null;
  let at = from;
  while (at <= n) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = n;
    const trimmed = text.slice(at, lineEnd).trim();
    if (trimmed === '') {
      if (current !== null) paragraphs.push(current);
      current = null;
    } else if (isTimeHeading(trimmed)) {
      // A live page's time-stamped entry heading ("07:40 GMT - Putin on satellites") is a block of its own:
      // joined to the entry's first line it ran into its first sentence ("... Putin Kim Jong Un raised ...").
      if (current !== null) paragraphs.push(current);
      paragraphs.push(trimmed);
      current = null;
    } else if (current !== null && (isListItem(trimmed) || isCapsLabel(trimmed))) {
      // A Markdown list item is a block of its own, as Markdown renders it: a live page's bullets are separate
      // statements, and joined into one paragraph their sentences ran together (a quote took the speaker of
      // the next bullet).
      paragraphs.push(current);
      current = trimmed;
    } else {
      current = current === null ? trimmed : `${current} ${trimmed}`;
    }
    at = lineEnd + 1;
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}

/** Whether a trimmed line opens a Markdown list item: "- ", "* " or "• " and then text. */
function isListItem(line: string): boolean {
  const c = line.charCodeAt(0);
  return (c === 45 || c === 42 || c === 0x2022) && /^[-*•][ \t]+\S/u.test(line);
}

/**
 * Whether a trimmed line opens with a label in capitals and a colon, as a transcript's turn does ("PUTIN: ...",
 * "Q: ..."): a turn is a block of its own, not the end of the narration before it.
 */
function isCapsLabel(line: string): boolean {
  const c = line.charCodeAt(0);
  return c >= 65 && c <= 90 && /^[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*){0,3}(?:[ \t]*\([^()]{1,40}\))?:[ \t]+\S/u.test(line);
}

/** Whether a trimmed line is a time-stamped heading: a clock time, perhaps a zone, then a dash and a short title with no full stop. */
function isTimeHeading(line: string): boolean {
  const c = line.charCodeAt(0);
  return c >= 48 && c <= 57 && line.length <= 100 && /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?\s+[-—–]\s+[^.!?]*[^.!?\s]$/u.test(line);
}

/** Parses front matter YAML; a reason instead when it is not YAML or not a set of `key: value` fields. */
export function parseFrontMatterYaml(yaml: string): { data: Record<string, unknown> } | { error: string } {
  const simple = parseSimpleFrontMatter(yaml);
  if (simple) return { data: simple };
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

// The YAML 1.2 core schema's plain scalars that are not strings (as the yaml package resolves them).
const NON_STRING_PLAIN = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
];
const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// Characters that give a plain scalar's first character a YAML meaning, so such values go to the parser.
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';

/**
 * The front matter as the yaml package would parse it, for the common case only: `key: value` lines at the
 * start of the line, values plain, single- or double-quoted strings without escapes, or empty (null).
 * Undefined for anything else (comments, numbers, booleans, nesting, escapes, duplicate keys, tabs, control
 * characters...), which the yaml package then parses. Parsing 10,000 articles' front matter with the full
 * YAML parser takes most of the corpus's load time; these lines need none of it.
 */
export function parseSimpleFrontMatter(yaml: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  let keys = 0;
  const n = yaml.length;
  let at = 0;
  while (at <= n) {
    let lineEnd = yaml.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = n;
    const line = yaml.slice(at, lineEnd);
    at = lineEnd + 1;
    if (hasUnusualCharacter(line)) return undefined;
    let end = line.length;
    while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
    if (end === 0) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    const key = line.slice(0, colon);
    // YAML limits an implicit key to 1024 characters; a field name is short.
    if (key.length > 64 || !SIMPLE_KEY.test(key) || key === '__proto__' || NON_STRING_PLAIN.some((re) => re.test(key))) return undefined;
    if (Object.prototype.hasOwnProperty.call(data, key)) return undefined;
    let start = colon + 1;
    if (start < end && line.charCodeAt(start) !== 32) return undefined;
    while (start < end && line.charCodeAt(start) === 32) start++;
    const value = scalar(line.slice(start, end));
    if (value === undefined) return undefined;
    data[key] = value;
    keys++;
  }
  return keys > 0 ? data : undefined;
}

/** The value of one scalar with no surrounding spaces; undefined when it is not one this parser is sure of. */
function scalar(raw: string): string | null | undefined {
  if (raw === '') return null;
  const first = raw[0]!;
  if (first === '"') {
    const body = raw.slice(1, -1);
    if (raw.length < 2 || raw[raw.length - 1] !== '"' || body.includes('"') || body.includes('\\')) return undefined;
    return body;
  }
  if (first === "'") {
    if (raw.length < 2 || raw[raw.length - 1] !== "'") return undefined;
    const body = raw.slice(1, -1);
    // Inside single quotes a quote is written twice; a lone one would end the scalar early.
    if (body.replace(/''/g, '').includes("'")) return undefined;
    return body.replace(/''/g, "'");
  }
  if (INDICATORS.includes(first)) return undefined;
  if (raw.includes(': ') || raw.includes(' #') || raw.endsWith(':')) return undefined;
  if (NON_STRING_PLAIN.some((re) => re.test(raw))) return undefined;
  return raw;
}

/** Tabs, control characters, byte order marks and Unicode line breaks: left to the YAML parser. */
function hasUnusualCharacter(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 32 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

/**
 * Body paragraphs: blocks separated by blank lines, each block's lines trimmed and joined with one space; a
 * line opening a list item ("- ", "* ", "• ") starts a block of its own, and a time-stamped heading ("07:40 GMT - Putin
 * on satellites") is one; so does a line opening with a label in capitals ("PUTIN: ...").
 */
export function bodyParagraphs(body: string): string[] {
  return paragraphsFrom(body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body, 0);
}

/** The front matter block, keys in the given order, strings quoted by the YAML library wherever needed. */
export function stringifyFrontMatter(fields: Record<string, unknown>): string {
  // lineWidth 0: never fold a long title over several lines, so the file stays easy to read and diff.
  return `---\n${stringifyYaml(fields, { lineWidth: 0, minContentWidth: 0 })}---\n`;
}
