import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/** An article file cut in two: the YAML between the `---` lines, and the Markdown body after them. */
export interface SplitArticle {
  yaml: string;
  body: string;
}

/**
 * Cuts an article into front matter and body. Returns a reason instead when the file does not open with a
 * `---` line or the front matter is never closed by another `---` line.
 */
export function splitFrontMatter(source: string): SplitArticle | { error: string } {
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

/** Parses front matter YAML; a reason instead when it is not YAML or not a set of `key: value` fields. */
export function parseFrontMatterYaml(yaml: string): { data: Record<string, unknown> } | { error: string } {
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

/** Body paragraphs: blocks separated by blank lines, each block's lines trimmed and joined with one space. */
export function bodyParagraphs(body: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const line of body.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') flush();
    else current.push(trimmed);
  }
  flush();
  return paragraphs;
}

/** The front matter block, keys in the given order, strings quoted by the YAML library wherever needed. */
export function stringifyFrontMatter(fields: Record<string, unknown>): string {
  // lineWidth 0: never fold a long title over several lines, so the file stays easy to read and diff.
  return `---\n${stringifyYaml(fields, { lineWidth: 0, minContentWidth: 0 })}---\n`;
}
