/**
 * The person an interview's introduction presents as the one answering: a Q&A prints its answers under a bare
 * "A:", and only the prose before the first question says whose they are ("Jane Roe, a fellow at ..., spoke to
 * the Herald by phone"; "We spoke with Jane Roe about ..."; "In an interview with Jane Roe, ...").
 */
import { parseSpeakerPhrase } from './speaker-phrases.ts';

const NAME = String.raw`[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}]+)?(?:[ \t]+[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}]+)?){1,3}`;
// The one interviewed as subject: "Jane Roe, a fellow at ..., spoke to|talked with|sat down with|was interviewed by ...".
const AS_SUBJECT = new RegExp(String.raw`(?:^|[.!?]\s+)(${NAME})(?:,[^.;]{1,200}?,)?\s+(?:spoke|talked)\s+(?:to|with)\b|(?:^|[.!?]\s+)(${NAME})(?:,[^.;]{1,200}?,)?\s+(?:sat\s+down\s+with|was\s+interviewed\b|answered\s+(?:our|the)\s+questions)`, 'gu');
// Two presented together ("Jane Roe and John Doe spoke to ..."): a panel, each name counted.
const COORDINATED = new RegExp(String.raw`(${NAME})\s+and\s+(${NAME})(?:,[^.;]{1,200}?,)?\s+(?:spoke|talked|sat\s+down|were\s+interviewed)\b`, 'gu');
// The one interviewed as object: "We spoke with Jane Roe", "an interview with Jane Roe", "we asked Jane Roe",
// "The Weekly put three questions to Jane Roe".
const AS_OBJECT = new RegExp(String.raw`\b(?:spoke|talked)\s+(?:to|with)\s+(${NAME})|\binterview(?:ed)?\s+(?:with\s+)?(${NAME})|\bsat\s+down\s+with\s+(${NAME})|\b(?:put|puts|posed|poses|sent|sends|addressed)\s+(?:(?:a\s+few|a|two|three|four|five|six|seven|some|several|these|its|our|the\s+following)\s+)?questions\s+to\s+(${NAME})(?![\p{L}'’-]|\s+and\s+[\p{Lu}])`, 'gu');

// A briefing's excerpts ("Q: ... A: ...") answer under the spokesperson the introduction presents holding it: a
// sentence telling of a press briefing or press conference that names someone with a spokesperson's title before
// or after the name ("spokesperson Jane Roe said at a regular press briefing", "Jane Roe, the ministry's
// spokeswoman, told a press conference"), when the line leading into the excerpts says they are the briefing's
// ("The following are excerpts from the briefing:"); else the excerpts may be an interview with someone else the
// introduction brings on by a pronoun ("He spoke to the Ledger. Edited excerpts:").
const BRIEFING = /\b(?:briefing|press\s+conference|news\s+conference)\b/iu;
const SPOKESPERSON_BEFORE = new RegExp(String.raw`\b[Ss]pokes(?:person|man|woman)\s+(${NAME})`, 'gu');
const SPOKESPERSON_AFTER = new RegExp(String.raw`(${NAME}),\s+(?:a|an|the|[\p{Lu}][\p{L}'’-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,4}?spokes(?:person|man|woman)\b`, 'gu');

/**
 * The full name of the one person the introduction (the paragraphs before an interview's first labelled line)
 * presents as interviewed, or null when it presents none or more than one (a panel's answers are no one's).
 */
export function introducedInterviewee(introduction: readonly string[]): string | null {
  const found = new Set<string>();
  const ofBriefing = BRIEFING.test(introduction.at(-1) ?? '');
  for (const text of introduction) {
    const briefing = !ofBriefing ? '' : text.split(/(?<=[.!?]["”’]?)\s+/u).filter((t) => BRIEFING.test(t)).join(' ');
    for (const re of [AS_SUBJECT, AS_OBJECT, COORDINATED, ...(briefing ? [SPOKESPERSON_BEFORE, SPOKESPERSON_AFTER] : [])]) {
      for (const m of (re === SPOKESPERSON_BEFORE || re === SPOKESPERSON_AFTER ? briefing : text).matchAll(re)) {
        for (const name of m.slice(1)) {
          if (name === undefined) continue;
          const parsed = parseSpeakerPhrase(name);
          if (parsed?.type === 'name' && parsed.kind === 'person') found.add(name);
        }
      }
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
