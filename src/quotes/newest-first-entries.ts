/**
 * A live blog told newest first: each entry opens under its time ("09:10 BST", alone or at the head of the
 * entry's first paragraph), and the times fall down the page. An entry's "he said" or "she added" then means
 * someone its own words or the entries below it (written earlier) name, never one the entry above (written
 * later) names; the reading, which goes down the page, only has the entries above at hand. A quote credited by a
 * pronoun, or carried on from one, to someone its own entry never names is left to no one.
 */
import type { LocalSpeaker } from './local-speaker.ts';
import type { QuoteRecord } from './quote-record.ts';

// An entry's time: hours and minutes, a clock's "am"/"pm" and a time zone maybe, in emphasis or not, alone in its
// paragraph or opening it before the entry's first word.
const STAMP = /^[\s*_]*(\d{1,2})[:.](\d{2})(?:[ \t]?([AaPp])\.?[Mm]\.?)?(?:[ \t]+(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT|KST|JST|MSK|AEST|AEDT))?[\s*_]*(?:$|[—–-]\s|:\s|(?<=[\s*_])(?=["“‘]?[\p{Lu}]))/u;

/** The minutes into the day of the time a paragraph opens with, or null. */
function stampMinutes(text: string): number | null {
  const m = STAMP.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  if (m[3] && /[Pp]/u.test(m[3]) && h < 12) h += 12;
  if (m[3] && /[Aa]/u.test(m[3]) && h === 12) h = 0;
  return h * 60 + min;
}

/**
 * The paragraphs (indices into `texts`) that open an entry, when the document is a blog told newest first: three
 * entry times or more, each earlier than the one above it. Else null.
 */
export function newestFirstEntries(texts: readonly string[]): number[] | null {
  const starts: number[] = [];
  const times: number[] = [];
  texts.forEach((t, i) => {
    const m = stampMinutes(t);
    if (m === null) return;
    starts.push(i);
    times.push(m);
  });
  if (starts.length < 3 || !times.every((t, i) => i === 0 || t < times[i - 1]!)) return null;
  return starts;
}

/** Whether the text names `s`: a word of one of its names (a capitalised word of three letters or more) or a head noun of its roles. */
function namesSpeaker(text: string, s: LocalSpeaker): boolean {
  const words = new Set(text.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean));
  const nameWords = s.names.flatMap((n) => n.split(/[\s-]+/u)).filter((w) => /^[\p{Lu}][\p{L}'’]{2,}$/u.test(w));
  return nameWords.some((w) => words.has(w.toLowerCase())) || [...s.heads].some((h) => words.has(h) || words.has(`${h}s`));
}

/**
 * Leaves to no one each quote of a blog told newest first (`texts` its paragraphs, as written, stamps and all)
 * credited by a pronoun or carried on from one to someone its own entry does not name before it. `paragraphOf`
 * gives a record's paragraph index into `texts`.
 */
export function uncreditAcrossNewerEntries(texts: readonly string[], records: readonly QuoteRecord[], paragraphOf: (r: QuoteRecord) => number): void {
  const starts = newestFirstEntries(texts);
  if (!starts) return;
  for (const r of records) {
    if (!r.local || !/^(?:pronoun|continuation)/u.test(r.path ?? '')) continue;
    const n = paragraphOf(r);
    const start = starts.findLast((s) => s <= n);
    if (start === undefined) continue;
    const entry = [...texts.slice(start, n), texts[n]!.slice(0, r.span.open)].join('\n');
    if (namesSpeaker(entry, r.local)) continue;
    r.local = null;
    r.path = 'pronoun: none (the entry names no one; the blog is told newest first)';
  }
}
