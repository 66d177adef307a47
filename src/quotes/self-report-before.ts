/**
 * "Lin said he agreed with that assessment. '...,' he said.": a sentence whose subject, a name, reports what "he"
 * (or "she") thinks or did, the pronoun the subject of the reported clause, has news copy's writer speaking of the
 * one reporting; the same pronoun crediting the quote right after is that subject, though someone of that sex was
 * named further back.
 */

// The name opening the sentence (after "But"/"And" perhaps), a verb of saying, "that" perhaps, the pronoun, a verb.
const SELF_REPORT = /^\s*(?:(?:But|And|Still|Yet),?\s+)?((?:[\p{Lu}][\p{L}'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+(?:(?:also|later|then)\s+)?(?:said|says|added|adds|noted|notes|insisted|insists|argued|argues|agreed|agrees|replied|replies|conceded|concedes|admitted|admits|told\s+(?:reporters|journalists|the\s+[\p{Ll}]+|[\p{Lu}][\p{L}]+))\s+(?:that\s+)?(he|she)\s+[\p{Ll}]/u;

/** The name opening `sentence` when it reports `p` as the subject of what it says; null otherwise. */
export function selfReportingSubject(sentence: string, p: 'he' | 'she'): string | null {
  const m = SELF_REPORT.exec(sentence);
  return m && m[2] === p ? m[1]! : null;
}
