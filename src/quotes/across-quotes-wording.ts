import type { AcrossQuotes } from '../types.ts';

/** How the Discord face and the console show corpus words and names inside their own sentences. */
export interface Wording {
  /** A quoted part, verbatim, in quotation marks. */
  quoted(words: string): string;
  /** A speaker's name. */
  name(speaker: string): string;
}

/**
 * The sentence introducing a sentence that holds a claim's words across quotation marks, the same in Discord
 * and the console: `These words appear in the text, partly in the reporter's words and partly quoting Kim
 * Jong-un ("full"):`. Quoted parts of one speaker standing together are named once.
 */
export function acrossQuotesLead(hit: AcrossQuotes, w: Wording): string {
  const groups: { speaker: string | null; parts: string[] }[] = [];
  for (const q of hit.quoted) {
    const last = groups[groups.length - 1];
    if (last && last.speaker === q.speaker) last.parts.push(q.quote);
    else groups.push({ speaker: q.speaker, parts: [q.quote] });
  }
  const named = groups
    .map((g) => `${g.speaker ? `quoting ${w.name(g.speaker)}` : 'in an unattributed quote'} (${g.parts.map((p) => w.quoted(p)).join(', ')})`)
    .join(' and ');
  return hit.narrated
    ? `These words appear in the text, partly in the reporter's words and partly ${named}:`
    : `These words appear in the text across quotation marks, ${named}:`;
}
