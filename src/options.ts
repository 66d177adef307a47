import type { Engine } from './engine/engine.ts';
import type { Choice, OptionValues } from './command.ts';
import type { ErrorAnswer } from './types.ts';

/** Longest text the faces accept in one option, as Discord's own limit for a string option. */
export const MAX_OPTION_LENGTH = 6000;

// Zero-width and bidi-control characters carry no meaning in a question but can hide what was typed.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** A friendly refusal of bad input, shown privately; never a stack trace. */
export function badInput(message: string, code = 'bad_input'): ErrorAnswer {
  return { kind: 'error', error: { code, message } };
}

/** The option as trimmed text, or undefined when absent or blank. */
export function textOption(options: OptionValues, name: string): string | undefined {
  const v = options[name];
  if (v === undefined || v === null) return undefined;
  const s = String(v).replace(INVISIBLE, '').trim();
  if (s === '') return undefined;
  return s.length > MAX_OPTION_LENGTH ? s.slice(0, MAX_OPTION_LENGTH) : s;
}

/** A required text option, or a message saying what to type. */
export function requiredText(options: OptionValues, name: string, example: string): string | ErrorAnswer {
  const s = textOption(options, name);
  if (s === undefined) return badInput(`Please give the \`${name}\` option, for example: ${example}`, 'missing_option');
  return s;
}

/** A whole number option between min and max, or a message saying what is allowed. */
export function numberOption(options: OptionValues, name: string, fallback: number, min: number, max: number): number | ErrorAnswer {
  const v = options[name];
  if (v === undefined || (typeof v === 'string' && v.trim() === '')) return fallback;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isInteger(n) || n < min || n > max) return badInput(`\`${name}\` must be a whole number from ${min} to ${max}.`);
  return n;
}

/** Autocomplete for `source` options: document ids whose id, title or outlet contains what was typed. */
export function sourceChoices(engine: Engine, typed: string, max = 25): Choice[] {
  const t = typed.trim().toLowerCase();
  const out: Choice[] = [];
  for (const d of engine.documents) {
    if (t && !`${d.id} ${d.title} ${d.outlet}`.toLowerCase().includes(t)) continue;
    out.push({ name: `${d.outlet}, ${d.published}: ${d.title}`, value: d.id });
    if (out.length >= max) break;
  }
  return out;
}

/** True for an error answer. */
export function isError(x: unknown): x is ErrorAnswer {
  return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'error';
}
