/**
 * "The paper", "the newspaper", "the broadcaster": a description of a news medium points back to the medium
 * the text has just named ("The Seoul Standard leads with ... In its editorial, the paper warns ..."), though
 * it shares no word with the name. Only the latest organisation seen, when it is named close by and its name
 * reads as a medium's (not a ministry, an office or a place), is taken: when unsure, none.
 */
import type { LocalSpeaker } from './local-speaker.ts';

/** Head nouns that describe a printed paper ("the paper", "the daily"). */
export const PAPER_HEADS: ReadonlySet<string> = new Set(['paper', 'newspaper', 'daily', 'tabloid', 'weekly', 'broadsheet']);

/** Head nouns that describe a news medium: a paper's, and those of other media. */
const MEDIUM_HEADS = new Set([...PAPER_HEADS, 'magazine', 'broadcaster', 'channel', 'network', 'station', 'outlet', 'agency', 'wire']);

// Last words of names that are institutions of another kind, never a news medium.
// (Not names.ts's `nameEnding` bodies: those hold the papers' own words, "Times", "Herald", and no "State".)
const NOT_MEDIUM = /\b(?:ministry|department|office|house|council|government|party|army|forces|command|assembly|parliament|congress|senate|court|bank|union|committee|commission|administration|embassy|university|institute|kremlin|pentagon|company|corporation|group|association|foundation|alliance|organization|organisation|nations|state|states)$/iu;

/**
 * The named medium a definite description with head `head` ("the paper") points back to: `latest`, the
 * organisation seen last (null if none), when it is named in the same paragraph (`back`
 * paragraphs back) with a name of two or more words or an acronym that no institution word ends.
 */
export function describedMedium(head: string, latest: LocalSpeaker | null, back: number): LocalSpeaker | null {
  if (!MEDIUM_HEADS.has(head) || !latest || latest.kind !== 'organisation' || back > 0) return null;
  const name = latest.names.find((n) => /^(?:the\s+)?[\p{Lu}]/u.test(n));
  if (!name) return null;
  const bare = name.replace(/^the\s+/iu, '');
  const words = bare.split(/\s+/u);
  const acronym = words.length === 1 && /^[\p{Lu}]{2,6}$/u.test(bare);
  if ((words.length < 2 && !acronym) || NOT_MEDIUM.test(bare)) return null;
  // Every word of the name capitalised: a proper name, not a description taken for one ("the state media").
  if (words.some((w) => !/^[\p{Lu}\d]/u.test(w))) return null;
  return latest;
}
