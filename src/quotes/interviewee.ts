/**
 * The person an interview's introduction presents as the one answering: a Q&A prints its answers under a bare
 * "A:", and only the prose before the first question says whose they are ("Jane Roe, a fellow at ..., spoke to
 * the Herald by phone"; "We spoke with Jane Roe about ..."; "In an interview with Jane Roe, ...").
 */
import { parseSpeakerPhrase } from './speaker-phrases.ts';
import { firstNameGender, isKnownFirstName } from './first-names.ts';

const NAME = String.raw`[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}]+)?(?:[ \t]+[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}]+)?){1,3}`;
// The one interviewed as subject: "Jane Roe, a fellow at ..., spoke to|talked with|sat down with|was interviewed by ...".
const AS_SUBJECT = new RegExp(String.raw`(?:^|[.!?]\s+)(${NAME})(?:,[^.;]{1,200}?,)?\s+(?:spoke|talked)\s+(?:to|with)\b|(?:^|[.!?]\s+)(${NAME})(?:,[^.;]{1,200}?,)?\s+(?:sat\s+down\s+with|was\s+interviewed\b|answered\s+(?:our|the)\s+questions)`, 'gu');
// Two presented together ("Jane Roe and John Doe spoke to ..."): a panel, each name counted.
const COORDINATED = new RegExp(String.raw`(${NAME})\s+and\s+(${NAME})(?:,[^.;]{1,200}?,)?\s+(?:spoke|talked|sat\s+down|were\s+interviewed)\b`, 'gu');
// The one interviewed as object: "We spoke with Jane Roe", "an interview with Jane Roe", "we asked Jane Roe",
// "The Weekly put three questions to Jane Roe".
const AS_OBJECT = new RegExp(String.raw`\b(?:spoke|talked)\s+(?:to|with)\s+(${NAME})|\binterview(?:ed)?\s+(?:with\s+)?(${NAME})|\bsat\s+down\s+with\s+(${NAME})|\b(?:put|puts|posed|poses|sent|sends|addressed)\s+(?:(?:a\s+few|a|two|three|four|five|six|seven|some|several|these|its|our|the\s+following)\s+)?questions\s+to\s+(${NAME})(?![\p{L}'’-]|\s+and\s+[\p{Lu}])`, 'gu');

// The one interviewed as a pronoun subject ("He spoke to the Ledger by telephone."; "She was interviewed by ..."):
// the person whose full name opens the sentence right before, in the same paragraph, as its subject ("Jane Roe,
// 61, who served in ..., is one of ... . She spoke to ..."); see `pronounInterviewee`.
const PRONOUN_SUBJECT = /^(He|She)\s+(?:(?:spoke|talked)\s+(?:to|with)\b|sat\s+down\s+with\b|was\s+interviewed\b|answered\s+(?:our|the)\s+questions\b)/u;
const OPENING_NAME = new RegExp(String.raw`^(${NAME})(?=,|\s+[\p{Ll}])`, 'u');

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
  for (const text of introduction) for (const name of pronounInterviewee(text)) found.add(name);
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

/**
 * The names a paragraph brings on as interviewed by a pronoun: "He spoke to the Ledger" (or "She sat down with
 * ...") is the one whose full name opens the sentence right before as its subject, when the pronoun does not
 * contradict the sex the lists of first names give that name. A sentence before that opens otherwise gives none
 * (the pronoun's antecedent is not read further back: a missed interviewee is better than a wrong one), as does a
 * first word no list of first names knows.
 */
export function pronounInterviewee(text: string): string[] {
  const sentences = text.split(/(?<=[.!?]["”’]?)\s+(?=[\p{Lu}"“])/u);
  const out: string[] = [];
  sentences.forEach((s, k) => {
    const p = PRONOUN_SUBJECT.exec(s);
    if (!p || k === 0) return;
    const name = OPENING_NAME.exec(sentences[k - 1]!)?.[1];
    if (!name) return;
    const parsed = parseSpeakerPhrase(name);
    if (parsed?.type !== 'name' || parsed.kind !== 'person') return;
    // (Its first word a first name the lists know: "In Velm, NAME keeps bees." opens on a fronted place.)
    const first = name.split(/\s+/u)[0]!;
    if (!isKnownFirstName(first)) return;
    const sex = firstNameGender(first);
    if (sex && sex !== (p[1] === 'He' ? 'm' : 'f')) return;
    out.push(name);
  });
  return out;
}
