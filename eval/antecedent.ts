/**
 * Who a pronoun or description source of PolNeAR stands for, read from the annotated attributions themselves
 * rather than from the machine's coreference chains.
 *
 * Reading the chains' errors by hand (sessions 45 and 46) found them joining "he said" after a quote to the
 * person the quote is about ("Trump"), to a place or a firm ("Instagram", "New Hampshire"), or to a woman, where a
 * reader of news takes the pronoun for the speaker last named: news writing names a speaker, then goes on with
 * "he said", "she added", "it recommended". PolNeAR marks every speaker of every attribution (quoted or not) as
 * a Source, so the speaker last named before a pronoun is the nearest earlier Source of the pronoun's gender and
 * kind; a pronoun Source before it passes on its own reading. This never looks at the engine's answer.
 */
import { firstNameGender } from '../src/quotes/first-names.ts';
import { spelledOut, TITLE_ABBREVIATIONS } from '../src/quotes/title-abbreviations.ts';

/** One annotated Source span of an article, with what the tagger says of its words. */
export interface SourceSpan {
  start: number;
  end: number;
  text: string;
  /** The tagger marks a proper noun in it. */
  proper: boolean;
  /** Its words' named-entity type: a person, an organisation, or unknown (no tagger, or neither). */
  ner: 'person' | 'org' | null;
  /**
   * Not an annotated Source but a person named at the head of a sentence ("But Mara Olsen disagreed."): a
   * speaker a later "she said" may continue, though the annotators marked no attribution there.
   */
  subject?: boolean;
  /** For a person named next to a verb of saying, where that verb stands. */
  verbAt?: number;
  /** The words of it the tagger marks as a person's name ("Jo Marsh" in "Former Vermont governor Jo Marsh"), if any. */
  person?: string;
}

/** What the reader needs of the article besides its Source spans. */
export interface ReadingContext {
  /** The name part of a name source ("Sen. Mara Olsen of Vermont, who ..." → "Sen. Mara Olsen"). */
  headName: (source: string) => string;
  /** The sex the article shows for a name at `at` (a bare surname read as the article's full name of it), or null. */
  sexOf: (name: string, at: number) => 'm' | 'f' | null;
  /** Whether a capitalised word is the surname of someone the article names in full ("Devine" after "Tad Devine"). */
  knownSurname: (word: string) => boolean;
  /** The name the machine's coreference chain gives the span before it, or null: asked only where a definite description is left unnamed. */
  chainName?: (start: number, end: number) => string | null;
  /** Whether a noun names a person ("governor", "spokeswoman"; not "poll", "book"). */
  personNoun: (noun: string) => boolean;
}

/** A source's reading: the name it stands for, the description it stands for (an unnamed speaker), or nothing. */
export type Reading = { name: string } | { description: string } | null;

/**
 * What a reading can be referred back to by: a man, a woman, a person of unknown sex, a body, a group, unknown, or
 * nothing at all (a word part the annotators marked: "self" of "self-described").
 */
type Kind = 'm' | 'f' | 'person' | 'org' | 'pl' | 'unknown' | 'none';
// A quantifier standing alone for the people it counts ("more said they ...", "many agreed"): a group, though a
// dictionary lists "More" as a person.
const QUANTIFIER = /^(?:more|most|many|some|several|others|both|all|few)$/iu;

const PRONOUN_KIND: Record<string, Kind> = {
  he: 'm', him: 'm', his: 'm', himself: 'm',
  she: 'f', her: 'f', hers: 'f', herself: 'f',
  it: 'org', its: 'org', itself: 'org',
  they: 'pl', them: 'pl', their: 'pl', we: 'pl', our: 'pl', us: 'pl',
};
const RELATIVE = /^(?:who|whom|whose|which|that)$/iu;
const FIRST_PERSON = /^(?:i|me|my|you|your)$/iu;
const VERB_LED = /^(?:said|says|say|saying|told|tells|added|adds|according|wrote|writes|asked|asks|noted|notes|stated|states|explained|replied|tweeted)\b/iu;
const DEFINITE = /^(?:the|this|that)\s/iu;
const DETERMINER_LED = /^(?:the|a|an|another|one|some|his|her|its|their|our|my|this|that|these|those|both|two|three|several|many|other|others|only|all|each|every|most|no)\s/iu;
const PARTICLE = /^(?:de|da|del|della|di|du|la|le|van|von|der|den|al|el|bin|ibn|ben)$/u;
// A title or honorific before a first name: passed over when the first name is read for its gender.
const TITLE_WORD = /^(?:mr|mrs|ms|miss|dr|sen|senator|rep|representative|gov|governor|president|vice|secretary|of|state|former|gen|general|judge|justice|mayor|speaker|chairman|chairwoman|sir|lady|lord|rev|prof|professor|u\.s\.|us|attorney|district|chief|minister|prime|ambassador|lt|col|capt|adm|sgt)$/iu;
/** How far back (in characters) a pronoun looks for the speaker it continues: a few short news paragraphs. */
const WINDOW = 1500;
/** How far back a definite description ("the governor") looks for the named speaker it is a title of. */
const DESCRIPTION_WINDOW = 3000;

/** The sex a name shows: by its title ("Mr.", "Mrs.", "Ms.") or by its first name (after any title words), else null. */
export function nameSex(name: string): 'm' | 'f' | null {
  const words = name.trim().split(/\s+/u);
  const first = (words[0] ?? '').toLowerCase().replace(/\.$/u, '');
  if (first === 'mr' || first === 'sir') return 'm';
  if (first === 'mrs' || first === 'ms' || first === 'miss') return 'f';
  let i = 0;
  while (i < words.length - 1 && TITLE_WORD.test(words[i]!.replace(/[.,]$/u, ''))) i++;
  // A surname alone tells nothing; the first name is the word before the surname's run.
  if (i >= words.length - 1) return null;
  return firstNameGender(words[i]!.replace(/[.,']+$/u, ''));
}

/**
 * The name a source reads as itself: a name the tagger marked, or a run of one to four capitalised words it did
 * not ("Devine", "de Blasio"), with what follows the name cut off (", a spokesman for ...").
 */
function ownName(s: SourceSpan, ctx: ReadingContext, described: (t: string) => boolean): string | null {
  const t = s.text.trim();
  const words = t.split(/\s+/u);
  if (PRONOUN_KIND[t.toLowerCase()] || RELATIVE.test(t) || FIRST_PERSON.test(t)) return null;
  if (s.proper) {
    const h = ctx.headName(t);
    // "Another pollster, Ivo Tamm of the harbour board,": the person the description names.
    if (DETERMINER_LED.test(h) && s.person) return s.person;
    if (described(t)) return null;
    // "Olsen's campaign", "Olsen's top challenger": someone's body or role, no name of a speaker.
    if (/['’]s?\s+(?:[\p{Ll}][\p{L}-]*\s*)+$/u.test(h)) return null;
    return h;
  }
  if (DETERMINER_LED.test(t)) return null;
  if (words.length <= 4 && words.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w) || PARTICLE.test(w)) && ctx.knownSurname(words[words.length - 1]!)) return t;
  return null;
}

/** The head noun of a description: its last word before a post-modifier ("a source close to the campaign" → "source"). */
export function descriptionHead(description: string): string | undefined {
  const words = description.trim().split(/,|\s(?:of|at|from|for|in|with|who|whose|which|that|close|involved|familiar|on|to|about|near|inside|within|outside|under|behind|said|says)\s/u)[0]!.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  return words[words.length - 1];
}

/** What a description can be referred back to by: a group when its head is plural or it joins two heads with "and". */
function descriptionKind(description: string): Kind {
  const head = descriptionHead(description) ?? '';
  return /\sand\s/u.test(description.split(/,/u)[0]!) || (/[^s]s$/u.test(head) && head.length > 3) ? 'pl' : 'unknown';
}

function compatible(want: Kind, have: Kind): boolean {
  if (have === 'none') return false;
  if (want === 'm' || want === 'f') return have === want || have === 'person';
  if (want === 'org') return have === 'org' || have === 'unknown';
  if (want === 'pl') return have === 'pl' || have === 'org';
  return true;
}

/**
 * Whether the text before `at` titles the person named `name` with the description's words: before the name
 * ("Gov. Mara Olsen", "columnist Ivo Tamm") or in an appositive after it ("Olsen, the governor").
 */
export function titledIn(text: string, at: number, phrase: string[], name: string): boolean {
  const surname = name.trim().split(/\s+/u).pop()?.replace(/['’]s$/u, '').replace(/[.,]$/u, '');
  if (!surname || phrase.length === 0 || phrase.length > 3) return false;
  const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const abbreviated = (w: string): string[] => TITLE_ABBREVIATIONS.filter((x) => spelledOut(x) === w).map((x) => `${esc(x[0]!.toUpperCase() + x.slice(1))}\\.`);
  const words = phrase.map((w) => `(?:${[esc(w), esc(w[0]!.toUpperCase() + w.slice(1)), ...abbreviated(w)].join('|')})`).join('\\s+');
  const before = text.slice(0, at);
  const titled = new RegExp(`(?<![\\p{L}-])${words}\\s+(?:(?:[\\p{Lu}][\\p{L}.'’-]*|${PARTICLE.source.slice(1, -1)})\\s+){0,3}${esc(surname)}\\b`, 'u');
  const appositive = new RegExp(`\\b${esc(surname)}(?:\\s*\\([^)]*\\))?,\\s+(?:the|a|an|[\\p{Lu}][\\p{L}'’.-]*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}${words}\\b`, 'u');
  return titled.test(before) || appositive.test(before);
}

/**
 * The reading of every Source span of an article (keyed by its start), in text order: a name as itself; "he",
 * "she", "it", "they" (and their other cases) as the nearest earlier Source or sentence-opening person of their
 * kind within a few paragraphs, outside quotation marks (its reading passed on: a pronoun after an unnamed "a
 * spokesman" stands for him, not for a name further back); "who"/"which" as the name or phrase just before
 * them; "the governor" as the nearest earlier named Source the text titles so, else as its coreference chain's
 * name, else as the description; any other description as itself; a verb ("said") or "I" as nothing.
 */
export function readSources(text: string, sources: readonly SourceSpan[], marks: readonly [number, number][], ctx: ReadingContext, described: (t: string) => boolean = () => false): Map<number, Reading> {
  const sorted = [...sources].sort((a, b) => a.start - b.start || Number(a.subject ?? false) - Number(b.subject ?? false));
  const out = new Map<number, Reading>();
  const kinds = new Map<number, Kind>();
  const inQuote = (s: SourceSpan): boolean => marks.some(([o, c]) => s.start > o && s.end <= c);
  const kindOf = (s: SourceSpan, r: Reading): Kind => {
    const p = PRONOUN_KIND[s.text.trim().toLowerCase()];
    if (p) return p;
    if (r && 'name' in r) {
      // "Harbour aides", "Olsen supporters": a name ending in a lowercase noun is a description of its head.
      if (/\s(?!(?:himself|herself|itself)$)[\p{Ll}][\p{L}-]*$/u.test(r.name)) return descriptionKind(r.name) === 'pl' ? 'pl' : 'unknown';
      if (s.ner === 'org') return 'org';
      const sex = ctx.sexOf(s.person ?? r.name, s.start);
      if (sex) return sex;
      // A name the tagger does not call a person ("Harbourwatch", "GOP") is no "he" or "she".
      return s.ner === 'person' ? 'person' : 'unknown';
    }
    if (r && 'description' in r) {
      if (QUANTIFIER.test(r.description.trim())) return 'pl';
      const k = descriptionKind(r.description);
      if (k === 'pl') return k;
      const head = descriptionHead(r.description);
      return head && ctx.personNoun(head) ? 'person' : 'org';
    }
    return 'unknown';
  };
  // Each earlier span once, nearest first: (an annotated Source and a sentence's opening person at one place are one).
  const earlier = (s: SourceSpan, window: number): SourceSpan[] => {
    const list: SourceSpan[] = [];
    for (let i = sorted.indexOf(s) - 1; i >= 0; i--) {
      const c = sorted[i]!;
      if (s.start - c.start > window) break;
      if (c.end > s.start || inQuote(c) || !out.has(c.start) || list.some((x) => x.start === c.start)) continue;
      list.push(c);
    }
    return list;
  };
  for (const s of sorted) {
    if (out.has(s.start) && s.subject) continue;
    const t = s.text.trim();
    const lower = t.toLowerCase();
    let r: Reading = null;
    const name = ownName(s, ctx, described);
    if (VERB_LED.test(t)) {
      // A verb marked as the source ("said"): the person named next to it ("said Ivo Tamm", "Tamm said").
      const c = sorted.find((x) => x.verbAt === s.start);
      r = c ? { name: c.person ?? c.text } : null;
    } else if (FIRST_PERSON.test(t)) r = null;
    else if (/^[\p{Ll}]+$/u.test(t) && /^-\p{L}/u.test(text.slice(s.end, s.end + 2))) {
      // "self" of "Roe, a self-described moderate, said": a word part standing for the person it describes, who
      // is read by the Source around it; no speaker of its own for a later "he" to continue.
      out.set(s.start, null);
      kinds.set(s.start, 'none');
      continue;
    }
    else if (name) r = { name };
    else if (PRONOUN_KIND[lower]) {
      const want = PRONOUN_KIND[lower]!;
      const c = earlier(s, WINDOW).find((x) => compatible(want, kinds.get(x.start) ?? 'unknown'));
      r = c ? (out.get(c.start) ?? null) : null;
      // Continuing "the senator", whom nothing before names in the attributions: the pronoun's own chain may.
      if (r && 'description' in r && DEFINITE.test(r.description)) {
        const chained = ctx.chainName?.(s.start, s.end) ?? null;
        if (chained) r = { name: chained };
      }
    } else if (RELATIVE.test(t)) r = relativeReading(text, s.start);
    else {
      r = { description: t };
      if (DEFINITE.test(t) || described(t)) {
        const head = descriptionHead(t);
        const phrase = head ? [head] : [];
        const c = earlier(s, DESCRIPTION_WINDOW).find((x) => {
          const cr = out.get(x.start);
          return cr && 'name' in cr && phrase.length > 0 && (x.text.toLowerCase().includes(phrase[0]!) || titledIn(text, s.start, phrase, cr.name));
        });
        const chained = c ? null : (ctx.chainName?.(s.start, s.end) ?? null);
        if (c) r = out.get(c.start)!;
        else if (chained) r = { name: chained };
      }
    }
    out.set(s.start, r);
    kinds.set(s.start, kindOf(s, r));
  }
  return out;
}

/**
 * A relative pronoun's antecedent: the name just before it, an appositive between them allowed ("Ivo Tamm, the
 * harbour's pilot, who"), else the phrase before it as a description ("one pilot familiar with the plan, who").
 */
function relativeReading(text: string, at: number): Reading {
  const sentenceStart = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), text.lastIndexOf('"', at - 3), text.lastIndexOf('”', at - 3), text.lastIndexOf("''", at - 3)) + 1;
  const before = text.slice(sentenceStart, at).replace(/[\s,]+$/u, '');
  const name = /((?:(?:[\p{Lu}][\p{L}.'’-]*|de|van|von|del|da|di|la|le)\s+)*[\p{Lu}][\p{L}'’-]+)(?:\s*\([^)]*\))?(?:,\s+[^,]{1,90})?$/u.exec(before);
  if (name) {
    // (A capitalised word opening the sentence is no name by itself: "Officials, who".)
    const words = name[1]!.split(/\s+/u).filter((w) => !/^(?:The|A|An|But|And|As|In|On|At|When|After|Said|Says)$/u.test(w));
    if (words.length >= 2 || (words.length === 1 && name.index > 0)) return { name: words.join(' ') };
  }
  const phrase = before.split(/\s(?:said|says|told|by|according to)\s|[,:;]\s/u).pop()!.trim();
  return phrase ? { description: phrase } : null;
}
