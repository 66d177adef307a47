/**
 * A broadcast host who names herself in her opening turn: "HOST: Good evening. I'm Jane Doe, and this is ...".
 * A questioner's label ("HOST:", "MODERATOR:") names nobody, so its turns are speech no one is credited with;
 * but when the label's first turn introduces its speaker by a full name, every turn under that label is hers.
 */
import { isKnownFirstName } from './first-names.ts';

// "I'm Jane Doe," "I am Jane Doe." "my name is Jane Doe and": a first name and one or two more capitalised words,
// the name ending the clause (a comma, a full stop, "and"), never a possessive ("I'm Jane Doe's biggest fan").
const SELF_INTRODUCTION = /(?:^|[^\p{L}'’])(?:I'm|I’m|I am|my name is|My name is)[ \t]+([\p{Lu}][\p{Ll}]+(?:-[\p{Lu}]?[\p{Ll}]+)?(?:[ \t]+[\p{Lu}][\p{L}'’-]*[\p{Ll}]){1,2})(?=[ \t]*(?:[,.;!]|[ \t]and[ \t]|[ \t]—|$))/u;

/**
 * The full name a turn's speaker introduces herself by ("I'm Jane Doe, and this is ..."), or null when the turn
 * gives none, or gives two different ones. The first word must be a known first name: "I'm British", "I am Very
 * Glad" name no one.
 */
export function selfIntroducedName(words: string): string | null {
  const m = SELF_INTRODUCTION.exec(words);
  if (!m) return null;
  const name = m[1]!;
  if (!isKnownFirstName(name.split(/[ \t]+/u)[0]!)) return null;
  // (A second, different introduction in the same turn leaves the speaker unsure.)
  const rest = words.slice(m.index + m[0].length);
  const again = SELF_INTRODUCTION.exec(rest);
  return again && again[1] !== name ? null : name;
}

/**
 * The speaker of each questioner's label ("HOST", "MODERATOR"), by the label as written, when its first turn
 * introduces one person by name: `turns` gives each paragraph's label as written and where its words start,
 * null for a paragraph that is no questioner's turn.
 */
export function selfIntroducedLabels(paragraphs: readonly string[], turns: readonly ({ label: string; start: number } | null)[]): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Set<string>();
  turns.forEach((t, i) => {
    if (!t || seen.has(t.label)) return;
    // Only the label's first turn: a host introduces herself as the programme opens, and a later "I'm ..." in a
    // turn ("I'm Jane Doe's guest") is no introduction of the label's speaker.
    seen.add(t.label);
    const name = selfIntroducedName(paragraphs[i]!.slice(t.start));
    if (name) out.set(t.label, name);
  });
  return out;
}
