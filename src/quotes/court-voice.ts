/**
 * "The Vesterby District Court jailed him. '...,' the panel said in its ruling.": a court speaks through its
 * bench and its written decision, so "the panel", "the judges", "the bench", "the ruling" and "the judgment"
 * stand for the court the text has named, when it has named one court only.
 */

// "the three-judge panel", "the appeals judges", "the ruling", "the written judgment": "the", up to two
// lowercase words, a bench's or a decision's noun.
const COURT_VOICE = /^the\s+(?:[\p{Ll}-]+\s+){0,2}(?:panel|judges|bench|ruling|judgment|judgement|verdict)$/u;
// A bench's or a decision's nouns that no one speaks by but a court: with no court named, no one's voice ("the
// panel" may be a body of experts the text named otherwise; "the judges" are people all the same).
const COURT_ONLY = /(?:panel|bench|tribunal|ruling|judgment|judgement|verdict)$/u;
// A court's or a tribunal's name: capitalised words closing on "Court" or "Tribunal".
const COURT_NAME = /(?:[\p{Lu}][\p{L}'’-]*\s+){1,5}(?:Court|Tribunal)\b/gu;
const LEADING = /^(?:The|A|In|On|At|By|But|And)\s+/u;

/** Whether `text` is a description a court speaks by ("the three-judge panel", "the ruling"). */
export function isCourtVoice(text: string): boolean {
  return COURT_VOICE.test(text.trim());
}

/** Whether a court's description stands for a court alone ("the ruling", "the panel"), not for its judges as people. */
export function isCourtOnlyVoice(text: string): boolean {
  return isCourtVoice(text) && COURT_ONLY.test(text.trim());
}

/** The one court named in `before` (the text ahead of the description); null when none or more than one. */
export function namedCourt(before: string): string | null {
  const seen = new Map<string, string>();
  for (const m of before.matchAll(COURT_NAME)) {
    let name = m[0];
    while (LEADING.test(name)) name = name.replace(LEADING, '');
    // (A court of one word, "the Court", names no particular court.)
    if (name.split(/\s+/u).length < 2) continue;
    seen.set(name.toLowerCase(), name);
  }
  return seen.size === 1 ? [...seen.values()][0]! : null;
}
