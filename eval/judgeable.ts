/**
 * Which pronoun and description sources of PolNeAR's gold can judge an answer, and how.
 *
 * The gold of a pronoun or description is a machine's coreference (see `polnear.ts`): where it gives no name,
 * the full "pronoun/description" row counts any person the engine names as wrong, even the right one. This
 * module defines the row that leaves out only what the gold cannot judge, each exclusion stated:
 *  - a source that is only a reporting verb (`said`, `said in a statement`): an annotation slip, no speaker;
 *  - a pronoun (`he`, `she`, `who`, `his`, ...) whose coreference chain gives no name: the gold does not know
 *    who it is (the full row credits such a pronoun to the last source named before it, a guess of the
 *    measure's own; here it is left out);
 *  - "he" or "she" resolved to a name of the other gender, as its title (`Mr.`, `Mrs.`) or its first name
 *    (compromise's lexicon of male and female first names) tells, or the first name the article gives in full
 *    to the bare surname it is resolved to (`he` → "Clinton" where the judge reads Clinton as Hillary Clinton):
 *    `she` → "Donald Trump" is the machine coreference's slip, and it would count the right speaker wrong.
 * Everything else stays in: a pronoun or description the gold resolves to a name (judged against that name),
 * a description with no name (judged as in the full row: right only for an unnamed speaker or body with the
 * same head word, so an answer naming a person there counts wrong), and a capitalised source the tagger did
 * not tag as a proper noun (`Devine`), judged as the name it is.
 */
import { spelledOut, TITLE_ABBREVIATIONS } from '../src/quotes/title-abbreviations.ts';
import { expandName, genderClash, nameKey, samePerson, type GoldQuote, type PolnearArticle } from './polnear.ts';

const PRONOUN = /^(?:he|she|they|it|i|we|you|him|her|hers|his|them|their|its|my|our|me|us|who|whom|whose|which|that|this|these|those)$/iu;
const VERB_LED = /^(?:said|says|say|saying|told|tells|added|adds|according|wrote|writes|asked|asks|noted|notes|stated|states|explained|replied|tweeted)\b/iu;
const DETERMINER = /^(?:the|a|an|another|one|some|his|her|its|their|our|my|this|that|these|those|both|two|three|several|many|other|others|only|all|each|every|most|no)$/iu;

/** Whether the gold of a pronoun or description source can judge an answer (see the module comment). */
export function judgeable(g: GoldQuote, a?: PolnearArticle): boolean {
  return g.sourceKind === 'other' && whyNotJudgeable(g, a) === null;
}

/**
 * Why a pronoun or description gold cannot judge an answer, or null when it can (or the source is a name). With
 * the article, a bare surname the gold resolves "he"/"she" to is read as the judge reads it (`expandName`): "he"
 * resolved to "Clinton" where the article's Clinton is Hillary Clinton would count right only her, whom "he"
 * cannot mean.
 */
export function whyNotJudgeable(g: GoldQuote, a?: PolnearArticle): 'verb source' | 'pronoun, no name in its chain' | 'he/she, gold of the other gender' | null {
  if (g.sourceKind !== 'other') return null;
  const src = g.source.trim();
  if (VERB_LED.test(src)) return 'verb source';
  if (PRONOUN.test(src) && (g.resolvedBy === 'last source' || g.resolved === null || g.resolved.trim() === '')) return 'pronoun, no name in its chain';
  if (g.resolved !== null && g.resolved.trim() !== '' && (genderClash(src, g.resolved) || (a && expandedClash(a, g, src)))) return 'he/she, gold of the other gender';
  return null;
}

/** Whether "he"/"she" is resolved to a bare surname that the article's full name for it (as the judge reads it) gives a first name of the other gender. */
function expandedClash(a: PolnearArticle, g: GoldQuote, pronoun: string): boolean {
  const name = resolvedName(g.resolved!);
  if (nameKey(name).length !== 1 || genderClash(pronoun, name)) return false;
  const full = expandName(a, name, g.open);
  return full.length >= 2 && genderClash(pronoun, full.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '));
}


/**
 * The name a judgeable source stands for: the gold's own resolution, else the source itself when it is a
 * name the tagger missed (every word capitalised, not a pronoun or determiner: `Devine`, `Ramos`), else null
 * (a description: judged by its head word).
 */
export function judgeableName(g: GoldQuote): string | null {
  if (g.resolved !== null && g.resolved.trim() !== '') return resolvedName(g.resolved);
  const words = g.source.trim().split(/\s+/u);
  if (words.length === 0 || words.length > 4) return null;
  if (PRONOUN.test(words[0]!) || DETERMINER.test(words[0]!)) return null;
  // Lowercase particles belong to names ("de Blasio", "bin Talal").
  return words.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w) || NAME_PARTICLE.test(w)) && words.some((w) => /^[\p{Lu}]/u.test(w)) ? g.source.trim() : null;
}

const NAME_PARTICLE = /^(?:de|da|del|della|di|du|la|le|van|von|der|den|al|el|bin|ibn|ben)$/u;

/**
 * A coreference antecedent without the lowercase words the machine's mention span took in before the name
 * ("that Trump", "those Sanders", "bare Mrs. Clinton": a determiner or a word of the sentence, no part of
 * the name); a name particle stays ("de Blasio"), and so does an antecedent with no capitalised word after.
 */
export function resolvedName(resolved: string): string {
  const words = resolved.trim().split(/\s+/u);
  let i = 0;
  while (i < words.length - 1 && /^[\p{Ll}]/u.test(words[i]!) && !NAME_PARTICLE.test(words[i]!)) i++;
  return i > 0 && /^[\p{Lu}]/u.test(words[i]!) ? words.slice(i).join(' ') : resolved;
}
/** Where a description's head noun ends: a post-modifier after it ("a source close to the campaign"). */
const POST_MODIFIER = /,|\s(?:of|at|from|for|in|with|who|whose|which|that|close|involved|familiar|on|to|about|near|inside|within|outside|under|behind|said|says)\s/u;

export type Verdict = 'correct' | 'wrong' | 'unattributed';

/**
 * The verdict on a judgeable gold (see `judgeable`): right when the found speaker is the person the source
 * names (`judgeableName`), a one-word name also when it opens the found name of a person the article never
 * names otherwise ("Ban" for "Ban Ki-moon", surname first); with no name, right when the found speaker is
 * unnamed or a body whose description shares the source's head noun, read before its post-modifier
 * ("a source close to the campaign" → "source").
 */
export function judgeJudgeable(a: PolnearArticle, g: GoldQuote, found: { name: string; kind: string } | null): Verdict {
  if (!found) return 'unattributed';
  const words = (x: string): string[] => x.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const src = g.source.trim();
  // (A possessor as the source, "The campaign's" of "The campaign's statement ...", is the campaign: its "'s" is no
  // head word.)
  const head = words(src.split(POST_MODIFIER)[0]!.replace(/['’]s$/u, '')).pop();
  // An unnamed speaker or body answered in the source's own description (its head noun, after a determiner:
  // "the governor", "His wife", "Her campaign"): the engine gave the speaker in the very words the annotation
  // marked, whatever name the machine coreference joined them to.
  const described = DETERMINER.test(src.split(/\s+/u)[0]!) && !PRONOUN.test(src);
  if (found.kind !== 'person' && described && head && words(found.name).includes(head)) return 'correct';
  if (described && bodyNamedInSource(found, src)) return 'correct';
  const name = judgeableName(g);
  if (name) {
    // "de Blasio": the particle opens no first name to compare.
    const bare = name.split(/\s+/u).filter((w, i, all) => !(NAME_PARTICLE.test(w) && all.slice(0, i).every((x) => NAME_PARTICLE.test(x)))).join(' ');
    if (samePerson(a, found.name, bare || name, g.open)) return 'correct';
    const gk = nameKey(bare || name);
    const fk = nameKey(found.name);
    const full = a.fullNames.some((f) => f.words[f.words.length - 1] === gk[0]);
    if (gk.length === 1 && fk.length >= 2 && fk[0] === gk[0] && !full) return 'correct';
    // A bare surname two people of the article hold in full ("Gary Johnson", then "Jeh Johnson"): the one
    // named in full last before the quote is the one the chain's surname stands for there, as a reader takes it.
    if (gk.length === 1 && fk.length >= 2 && fk[fk.length - 1] === gk[0]) {
      const last = a.fullNames.filter((f) => f.at < g.open && f.words.length >= 2 && f.words[f.words.length - 1] === gk[0]).sort((x, y) => y.at - x.at)[0];
      if (last && last.words[0] === fk[0]) return 'correct';
    }
    return 'wrong';
  }
  if (found.kind === 'person') return 'wrong';
  return head && words(found.name).includes(head) ? 'correct' : 'wrong';
}

/**
 * Whether the engine's body is one the source describes by the body's own name ("the nationalist Global Times
 * tabloid", "the People's Daily newspaper" for "the People's Daily"): a name of two words or more, found whole.
 */
export function bodyNamedInSource(found: { name: string; kind: string }, source: string): boolean {
  const named = found.name.replace(/^the\s+/iu, '');
  return found.kind === 'organisation' && named.split(/\s+/u).length >= 2 && source.includes(named);
}

/**
 * The verdict on a judgeable gold, with one more way to be right: a description with no name in the gold
 * ("the president", "the mayor") answered with a person whom the article, before the quote, gives that head
 * noun as a title before the surname ("President Barack Obama", "Mayor Bill de Blasio") or as an appositive
 * after it ("Obama, the president"). The plain judgeable row counts every such answer wrong, right or not.
 */
export function judgeTitled(a: PolnearArticle, g: GoldQuote, found: { name: string; kind: string } | null): Verdict {
  const v = judgeJudgeable(a, g, found);
  if (v !== 'wrong' || !found || found.kind !== 'person' || judgeableName(g)) return v;
  // The description's words after its determiner ("vice president", "former president"): all must be there.
  const phrase = g.source.trim().split(POST_MODIFIER)[0]!.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => w && !DETERMINER.test(w));
  const surname = found.name.trim().split(/\s+/u).pop()?.replace(/[.,]$/u, '');
  if (phrase.length === 0 || phrase.length > 3 || !surname) return v;
  const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // Case-blind on the description's words only: a title may be capitalised ("President"); the name's words not.
  // A title may be abbreviated before the name ("Sen. Bernie Sanders" for "the senator"), as `spelledOut` reads it.
  const abbreviated = (w: string): string[] => TITLE_ABBREVIATIONS.filter((x) => spelledOut(x) === w).map((x) => `${esc(x[0]!.toUpperCase() + x.slice(1))}\\.`);
  const words = phrase.map((w) => `(?:${[esc(w), esc(w[0]!.toUpperCase() + w.slice(1)), ...abbreviated(w)].join('|')})`).join('\\s+');
  const before = a.text.slice(0, g.open);
  // Name particles may stand between the title and the surname ("Mayor Bill de Blasio").
  const titled = new RegExp(`(?<![\\p{L}-])${words}\\s+(?:(?:[\\p{Lu}][\\p{L}.'’-]*|${NAME_PARTICLE.source.slice(1, -1)})\\s+){0,3}${esc(surname)}\\b`, 'u');
  const appositive = new RegExp(`\\b${esc(surname)},\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}${words}\\b`, 'u');
  return titled.test(before) || appositive.test(before) ? 'correct' : v;
}

/**
 * The verdict on a pronoun or description gold by the antecedent the attributions give it (`GoldQuote.read`,
 * see `antecedent.ts`) instead of the machine's coreference chain: a name is judged as the judgeable row judges
 * a name; an unnamed speaker's description as descriptions are (right only for an unnamed speaker or body with
 * its head noun); a source the attributions leave unread (no earlier Source of its kind near it) falls back to
 * the chain's name, as the full row reads it.
 */
export function judgeRead(a: PolnearArticle, g: GoldQuote, found: { name: string; kind: string } | null): Verdict {
  const r = g.read;
  if (r === undefined || r === null) return judgeJudgeable(a, g, found);
  if ('name' in r) return judgeJudgeable(a, { ...g, resolved: r.name }, found);
  if (!found) return 'unattributed';
  // An unnamed speaker: the engine's answer is right in the source's own words or in the description it stands for.
  if (judgeJudgeable(a, { ...g, resolved: null }, found) === 'correct' && found.kind !== 'person') return 'correct';
  return judgeJudgeable(a, { ...g, source: r.description, resolved: null }, found);
}
