/**
 * `npm run eval:claims [-- --claims <file>] [--show]`
 *
 * Measures who-said on claims typed as people type them (eval/claims/who-said-claims.json: "putin said ...",
 * "did kim really say ...?", lowercase, missing apostrophes, curly quotes, "lol"), each with the verdict it
 * should get: exact, close, different (a misquote), wrong-speaker (the claim names someone else), reporter
 * (the reporter's words) or nobody (invented). Prints, per expected verdict, what who-said answered, and the
 * grave faults apart: a misquote or invented claim confirmed, a quote given to the wrong person.
 */
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildPassages } from '../src/text/passages.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { readFlags } from './flags.ts';
import type { Passage, WhoSaidAnswer } from '../src/types.ts';

type Expected = 'exact' | 'close' | 'different' | 'wrong-speaker' | 'reporter' | 'nobody';
interface ClaimCase {
  corpus: string;
  claim: string;
  expect: Expected;
  /** Words the real speaker's name (or description) holds. */
  speaker?: string;
  /**
   * For a misquote: words (of the quote or of the claim) that the answer must mark as differing, each an entry
   * of one or more words; checked apart from the verdict, only when the answer is 'different'.
   */
  differ?: string[];
}

/** What who-said answered, read as one of the expected verdicts, or 'wrong-person' when it credits someone else. */
export type Got = Expected | 'wrong-person' | 'across' | 'unattributed';

const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);

/** Whether a speaker shown holds every word of the expected speaker. */
function sameSpeaker(shown: string | null, expected: string): boolean {
  const have = new Set(words(shown ?? ''));
  return words(expected).every((w) => have.has(w));
}

/** The answer read as a verdict: what a user would take away from its first lines. */
export function readAnswer(a: WhoSaidAnswer, c: Pick<ClaimCase, 'speaker'>): { got: Got; who: string | null } {
  const confirmed = a.matches.filter((m) => m.verdict !== 'different');
  if (confirmed.length) {
    const top = (a.claimedSpeaker ? confirmed.find((m) => m.speakerMatches === true) : undefined) ?? confirmed[0]!;
    // A quote the sources give no speaker, shown as such ("an unattributed quote said ..."), credits no one: a
    // miss when a speaker was expected, not a wrong person; nor a speaker the claim names given someone else.
    if (!top.speaker) return { got: 'unattributed', who: null };
    // (A speaker expected only by a description in lowercase, "planner", may be shown by name with that role:
    // "Rachel Voss", a former Pentagon planner, is the planner. A name expected is matched by the name alone.)
    const shown = c.speaker && !/\p{Lu}/u.test(c.speaker) && top.role ? `${top.speaker} ${top.role}` : top.speaker;
    if (c.speaker && !sameSpeaker(shown, c.speaker)) return { got: 'wrong-person', who: top.speaker };
    if (a.claimedSpeaker && top.speakerMatches !== true) return { got: 'wrong-speaker', who: top.speaker };
    return { got: top.verdict === 'same' ? 'exact' : 'close', who: top.speaker };
  }
  if (a.matches.length) return { got: 'different', who: a.matches[0]!.speaker };
  const across = a.acrossQuotes ?? [];
  if (a.narration.length || across.some((x) => x.narrated)) return { got: 'reporter', who: null };
  if (across.length) return { got: 'across', who: across[0]!.quoted[0]?.speaker ?? null };
  return { got: 'nobody', who: null };
}

const plain = (s: string): string[] =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The entries of `differ` that the answer's first differing quote does not mark: an entry is marked when all its
 * words stand in one marked difference, on the quote's side or the claim's.
 */
export function unmarked(a: WhoSaidAnswer, differ: string[]): string[] {
  const m = a.matches.find((x) => x.verdict === 'different');
  const marks = (m?.differences ?? []).map((d) => new Set(plain(`${d.quote} ${d.claim}`)));
  return differ.filter((entry) => !marks.some((have) => plain(entry).every((w) => have.has(w))));
}

/** Whether an answer confirms what must not be confirmed: a misquote, an invented claim, the reporter's words as a quote, the wrong person. */
export function grave(expected: Expected, got: Got): boolean {
  if (got === 'wrong-person') return true;
  if (expected === 'wrong-speaker') return got === 'exact' || got === 'close';
  return (expected === 'different' || expected === 'nobody' || expected === 'reporter') && (got === 'exact' || got === 'close');
}

function main(): void {
  const values = readFlags('eval:claims', 'npm run eval:claims [-- --claims <file>] [--show]', {
    claims: { type: 'string', default: 'eval/claims/who-said-claims.json' },
    show: { type: 'boolean', default: false },
  });
  const file = JSON.parse(readFileSync(values.claims, 'utf8')) as { label?: string; claims: ClaimCase[] };
  const books = new Map<string, { book: QuoteBook; passages: Passage[] }>();
  const bookOf = (dir: string): { book: QuoteBook; passages: Passage[] } => {
    let b = books.get(dir);
    if (!b) {
      const docs = loadCorpus(dir);
      const passages = buildPassages(docs);
      b = { book: QuoteBook.build(passages, docs), passages };
      books.set(dir, b);
    }
    return b;
  };
  const table = new Map<Expected, Map<Got, number>>();
  let right = 0;
  let graves = 0;
  let toMark = 0;
  let marked = 0;
  for (const c of file.claims) {
    const { book, passages } = bookOf(c.corpus);
    const answer = book.whoSaid(c.claim, 5, passages);
    const { got, who } = readAnswer(answer, c);
    const row = table.get(c.expect) ?? new Map<Got, number>();
    row.set(got, (row.get(got) ?? 0) + 1);
    table.set(c.expect, row);
    const ok = got === c.expect;
    if (ok) right++;
    if (grave(c.expect, got)) graves++;
    if (values.show || !ok) console.log(`[${ok ? 'ok' : grave(c.expect, got) ? 'GRAVE' : 'miss'}] expected ${c.expect}${c.speaker ? ` (${c.speaker})` : ''}, got ${got}${who ? ` (${who})` : ''}: ${c.claim}`);
    if (c.differ && got === 'different') {
      toMark++;
      const left = unmarked(answer, c.differ);
      if (!left.length) marked++;
      else {
        const shown = answer.matches.find((x) => x.verdict === 'different')?.differences ?? [];
        console.log(`[marks] not marked: ${left.join(', ')} (marked: ${shown.map((d) => `'${d.quote}'/'${d.claim}'`).join(' ') || 'nothing'}): ${c.claim}`);
      }
    }
  }
  console.log(`\nwho-said claims (${file.label ?? 'unlabelled'}): ${file.claims.length} claims, ${right} as expected, ${graves} grave (a misquote, invented claim or reporter's words confirmed, or the wrong person credited)`);
  if (toMark) console.log(`  differing words marked: ${marked} of ${toMark} misquotes answered different that name them`);
  for (const [expected, row] of table) {
    const n = [...row.values()].reduce((s, x) => s + x, 0);
    console.log(`  ${expected}: ${row.get(expected) ?? 0} of ${n}; got ${[...row].map(([g, k]) => `${g} ${k}`).join(', ')}`);
  }
}

// Run as the script, not when imported for `readAnswer` (a debugging script reads answers the same way).
if (process.argv[1]?.endsWith('claims.ts')) main();
