/**
 * `npm run eval:summit [-- --gold <file>] [--show]`
 *
 * Measures who-said on the summit reports (tests/fixtures/corpora/summit-quotes, invented test text written
 * before tuning, held out at first, looked at and tuned on since; or, with `--gold`, another set such as
 * summit-quotes-heldout, whose gold file carries its own label): for each gold quote, whether the engine gives
 * the right speaker, a wrong one, or none.
 */
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../src/corpus/load.ts';
import { readFlags } from './flags.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { buildPassages } from '../src/text/passages.ts';
import type { Quote, Speaker } from '../src/types.ts';

interface GoldQuote {
  doc: string;
  quote: string;
  speaker: string;
  kind: Speaker['kind'];
  words?: string[];
  construction: string;
}

// 'described': a person left as the description the text gives him ("the general secretary"): not his name,
// but not another person's either.
type Verdict = 'right' | 'wrong' | 'described' | 'none' | 'not found';

const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);

/** Right when the same person (same surname, same first name when both have one) or the described body. */
export function judgeSummit(gold: GoldQuote, quote: Quote | undefined, speakers: ReadonlyMap<string, Speaker>): Verdict {
  if (!quote) return 'not found';
  if (!quote.speakerId || !quote.speaker) return 'none';
  const found = speakers.get(quote.speakerId);
  const kind = found?.kind ?? 'person';
  if (gold.kind === 'person') {
    if (kind === 'unnamed') return 'described';
    if (kind !== 'person') return 'wrong';
    const f = words(quote.speaker.replace(/\b(?:Mr|Mrs|Ms|Dr)\b\.?/gu, ''));
    const g = words(gold.speaker);
    // The shorter name lies inside the longer ("Putin", "Vladimir Vladimirovich Putin") and holds the family
    // name, which is the first word of a Korean name ("Kim Jong Un") and the last of most others.
    const [short, long] = f.length <= g.length ? [f, g] : [g, f];
    const inside = short.every((w) => long.includes(w));
    if (inside && (short.includes(g[0]!) || short.includes(g[g.length - 1]!))) return 'right';
    return 'wrong';
  }
  if (kind === 'person') return 'wrong';
  const have = new Set(words([quote.speaker, ...(found?.aliases ?? [])].join(' ')));
  return (gold.words ?? words(gold.speaker)).every((w) => have.has(w)) ? 'right' : 'wrong';
}

function main(): void {
  const values = readFlags('eval:summit', 'npm run eval:summit [-- --gold <file>] [--show]', {
    gold: { type: 'string', default: 'tests/fixtures/summit-quotes-gold.json' },
    show: { type: 'boolean', default: false },
  });
  // The gold file says whether its reports were tuned on; the label printed is its own, never assumed.
  const file = JSON.parse(readFileSync(values.gold, 'utf8')) as { corpus: string; label?: string; quotes: GoldQuote[] };
  const { quotes, speakers } = extractQuotes(buildPassages(loadCorpus(file.corpus)));
  const byId = new Map(speakers.map((s) => [s.id, s]));
  const counts: Record<Verdict, number> = { right: 0, wrong: 0, described: 0, none: 0, 'not found': 0 };
  for (const g of file.quotes) {
    // The tightest quotation holding the gold words: one that is exactly them first, and a quote inside a quote as
    // its own, not as the outer one; a short phrase ("our fight") may also stand in a longer quotation around it
    // (the turn of the member who quotes it back: "It is our fight, ...").
    const q = quotes.filter((x) => x.citation.doc === g.doc && x.quote.includes(g.quote)).sort((a, b) => a.quote.trim().length - b.quote.trim().length)[0];
    const v = judgeSummit(g, q, byId);
    counts[v]++;
    if (values.show || v !== 'right') console.log(`[${v}] ${g.doc}: "${g.quote}" gold ${g.speaker} | engine ${q?.speaker ?? '-'} | ${g.construction}`);
  }
  console.log(`\nSummit reports (${file.label ?? 'tuned on: looked at and fixed by general rules since; not held out'}): ${file.quotes.length} gold quotes: ${counts.right} right, ${counts.wrong} wrong, ${counts.described} left as a description, ${counts.none} unattributed, ${counts['not found']} not found as quotes`);
}

main();
