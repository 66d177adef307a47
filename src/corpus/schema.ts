import { z } from 'zod';

/** One thing wrong with one corpus file: which file, which field, and what is wrong with it. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Document ids are used in citations and passage ids (`<id>#p3`), so they must be plain lowercase slugs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A document id made from any text: ASCII lowercase words joined by hyphens, at most `max` characters,
 * cut at a word boundary. Empty when the text has no letters or digits at all.
 */
export function slugify(text: string, max = 60): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > max) {
      if (slug === '') slug = word.slice(0, max);
      break;
    }
    slug = next;
  }
  return slug;
}

/** True when `value` is YYYY-MM-DD and names a day that exists (2023-02-30 does not). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Why a date string is unacceptable, or null when it is a real YYYY-MM-DD date. */
export function dateProblem(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `"${value}" is not a date in the form YYYY-MM-DD`;
  if (!isRealDate(value)) return `${value} is not a day that exists`;
  return null;
}

const LANGUAGE_CODE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

// A bare number in YAML (`title: 1984`) is still meant as text; refusing it would only puzzle the writer.
const text = (what: string) =>
  z.preprocess(
    (v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v),
    z
      .string({ error: (iss) => (iss.input === undefined ? `missing: every article needs ${what}` : `must be text, not ${describe(iss.input)}`) })
      .trim()
      .min(1, { error: `is empty: every article needs ${what}` }),
  );

function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/**
 * The front matter of an article. `published` stays a string: the YAML 1.2 core schema already leaves
 * 2023-09-14 as text, and a Date (YAML 1.1 style) is turned back into its calendar day.
 */
export const frontMatterSchema = z.object({
  title: text('a title'),
  outlet: text('an outlet (the news organisation that published it)'),
  published: z.preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z
      .string({ error: (iss) => (iss.input === undefined ? 'missing: every article needs its publication date as YYYY-MM-DD' : `must be a date as YYYY-MM-DD, not ${describe(iss.input)}`) })
      .trim()
      .superRefine((v, ctx) => {
        const problem = dateProblem(v);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
  ),
  url: z.preprocess(
    (v) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : typeof v === 'string' ? v.trim() : v),
    z
      .url({ protocol: /^https?$/, error: (iss) => `must be an http(s) address, not ${typeof iss.input === 'string' ? `"${iss.input}"` : describe(iss.input)}` })
      .nullable(),
  ),
  language: z.preprocess(
    (v) => (v === undefined || v === null ? 'en' : v),
    z
      .string({ error: (iss) => `must be a language code such as "en", not ${describe(iss.input)}` })
      .trim()
      .regex(LANGUAGE_CODE, { error: (iss) => `"${String(iss.input)}" is not a language code such as "en" or "ko"` }),
  ),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

const urlField = frontMatterSchema.shape.url;

/** Validates parsed front matter; on failure lists one problem per field, named by the field. */
export function validateFrontMatter(file: string, data: unknown): { value?: FrontMatter; problems: Problem[] } {
  const sound = soundFrontMatter(data);
  if (sound) return { value: sound, problems: [] };
  const result = frontMatterSchema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'front matter';
    problems.push({ file, field, message: issue.message });
  }
  return { problems };
}

/**
 * The value `frontMatterSchema` gives front matter whose fields are all plain, sound text (an address is
 * checked by its own field schema); undefined for anything else, which the whole schema then checks. Running the schema costs more than
 * parsing the rest of an article, and nearly every article is this simple.
 */
function soundFrontMatter(data: unknown): FrontMatter | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const fields = data as Record<string, unknown>;
  const { title, outlet, published, url, language } = fields;
  if (typeof title !== 'string' || typeof outlet !== 'string' || typeof published !== 'string') return undefined;
  const value = { title: title.trim(), outlet: outlet.trim(), published: published.trim(), language: 'en' };
  if (value.title === '' || value.outlet === '' || dateProblem(value.published) !== null) return undefined;
  let address: string | null = null;
  if (!(url === undefined || url === null || (typeof url === 'string' && url.trim() === ''))) {
    // The address alone through its own field schema: what the whole object's parse gives for it.
    const checked = urlField.safeParse(url);
    if (!checked.success) return undefined;
    address = checked.data;
  }
  if (language !== undefined && language !== null) {
    if (typeof language !== 'string') return undefined;
    value.language = language.trim();
    if (!LANGUAGE_CODE.test(value.language)) return undefined;
  }
  return { ...value, url: address };
}
