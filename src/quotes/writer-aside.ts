/**
 * The writer's own aside between a speech verb and the quote it introduces: `He also said, and I wrote it down,
 * "..."`, `she told me, I quote, "..."`. The aside is the writer speaking of himself, set off by commas; read as
 * blank, the credit before it reaches the quote as `He also said, "..."` does.
 */
import type { QuoteSpan } from './attribution.ts';

// A clause of the writer's own ("and I wrote it down", "I quote", "as I noted at the time"), a few plain words
// between two commas, right before the quote's opening mark.
const ASIDE = /,(\s+(?:and\s+|but\s+|as\s+)?I\s+(?![\p{Ll}]*ly\b)[\p{Ll}'’]+(?:\s+[\p{Ll}'’]+){0,5}\s*),\s*$/u;
// After a speech verb, perhaps with its object or an adverb ("said", "told me", "said only", "added later").
const SPEECH_BEFORE = /\b(?:said|says|told|tells|added|adds|replied|replies|answered|answers|wrote|writes|declared|declares|insisted|insists|went\s+on)(?:\s+[\p{L}'’]+){0,2}\s*$/u;

/** `masked` (same length as `text`) with each writer's aside between a speech verb's comma and a quote read as spaces. */
export function blankWriterAsides(text: string, masked: string, spans: readonly QuoteSpan[]): string {
  if (spans.length === 0 || !/,\s+(?:and\s+|but\s+|as\s+)?I\s/u.test(text)) return masked;
  let out = masked;
  for (const s of spans) {
    const from = Math.max(0, s.open - 80);
    const before = text.slice(from, s.open);
    const m = ASIDE.exec(before);
    if (!m || /["“”]/u.test(m[0]) || !SPEECH_BEFORE.test(before.slice(0, m.index))) continue;
    const start = from + m.index + 1;
    const end = start + m[1]!.length + 1;
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}
