/**
 * Merging the speakers of all documents: one person's names across reports, organisations by name or
 * acronym, while keeping different people of one surname apart.
 */
import type { Speaker } from '../types.ts';
import type { LocalSpeaker } from './document-speakers.ts';
import { acronymOf, compactName, nameWords, normaliseName, sameFullName } from './names.ts';
import { withoutPossessive } from './possessive-name.ts';
import { nameInNormalCase, personByForm } from './capitals-name.ts';
import { isRoleNoun, singular, type SpeakerKind } from './speaker-phrases.ts';
import { isKindOf } from '../text/wordnet.ts';
import { CHINESE_FAMILY_NAMES, familyNameTest, KOREAN_FAMILY_NAMES, VIETNAMESE_FAMILY_NAMES } from './family-names.ts';
import { isKnownFirstName } from './first-names.ts';
import { expansionsIn, sameExpansion } from './acronym-expansion.ts';
import { surnameFirstBorneByOther } from './missed-namesake.ts';
import { isOwnedVoice } from './medium-voice.ts';
import { givenNameAlone, familyNameAlone } from './given-name-alone.ts';
import type { DocumentTexts } from './document-texts.ts';

/** The corpus speakers, with a map from each local speaker to its merged speaker. */
export interface MergedSpeakers {
  speakers: Speaker[];
  byLocal: Map<number, Speaker>;
}

// The commonest Korean, Chinese and Vietnamese family names, each borne by millions (read on a name's words,
// which are lowercase).
const SHARED_FAMILY_NAME = familyNameTest([...KOREAN_FAMILY_NAMES, ...CHINESE_FAMILY_NAMES, ...VIETNAMESE_FAMILY_NAMES], 'iu');

/**
 * Merges the local speakers of all documents: one person's names across documents ("Vladimir Putin",
 * "Vladimir Vladimirovich Putin", "Kim Jong Un" / "Kim Jong-un"), organisations by name or acronym; unnamed
 * speakers and descriptions stay within their document. A bare surname joins the one person with that first
 * or last name, if only one.
 */
export function mergeSpeakers(locals: readonly LocalSpeaker[], mentioned: readonly (readonly string[])[] = [], docTexts: DocumentTexts = new Map()): MergedSpeakers {
  const active = locals.filter((l) => !l.mentionOnly);
  // The groups as a forest over the keys (counted from 0 as the documents were read): each key's parent, -1 for
  // a key no speaker here bears (a mention only), which belongs to no group.
  let size = 0;
  for (const l of active) size = Math.max(size, l.key + 1);
  const parent = new Int32Array(size).fill(-1);
  const find = (k: number): number => {
    if (!(k >= 0 && k < size) || parent[k] === -1) return -1;
    let r = k;
    while (parent[r] !== r) r = parent[r]!;
    parent[k] = r;
    return r;
  };
  // The first names each group holds for each surname: two groups that name different people of one surname
  // ("Bill Clinton", "Hillary Clinton") are never merged, whatever else ties them. A missed merge is better
  // than a wrong one, and one bad tie would otherwise join the two people corpus-wide.
  const firstNames = new Map<number, Map<string, Set<string>>>();
  // The genders a title or pronoun told of each group's people ("Mrs. Dala", "Mr. Dala"): two groups told of
  // different genders are two people, however their names agree.
  const toldOf = new Map<number, 'm' | 'f' | 'both'>();
  // Pairs of one document's people the text showed to be two ("Dr. Holt", "Ms. Holt, who ..."): never joined.
  // Each group's root holds the keys its people are apart from (a group's list joins its root's when it joins),
  // so that a union looks only at its own two groups' pairs, not at every pair of the corpus each time.
  const apartOf = new Map<number, number[]>();
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const apartA = apartOf.get(ra);
    if (apartA?.some((k) => find(k) === rb)) return;
    const ta = toldOf.get(ra);
    const tb = toldOf.get(rb);
    if (ta && tb && ta !== 'both' && tb !== 'both' && ta !== tb) return;
    if (tb && !ta) toldOf.set(ra, tb);
    const fa = firstNames.get(ra);
    const fb = firstNames.get(rb);
    if (fa && fb) {
      for (const [surname, names] of fb) {
        const other = fa.get(surname);
        if (other && !someIn(names, other)) return;
      }
      for (const [surname, names] of fb) {
        const other = fa.get(surname);
        if (other) for (const n of names) other.add(n);
        else fa.set(surname, names);
      }
    } else if (fb) firstNames.set(ra, fb);
    parent[rb] = ra;
    const apartB = apartOf.get(rb);
    if (apartB) apartOf.set(ra, apartA ? apartA.concat(apartB) : apartB);
  };
  // Each person's name words, read once here for the loops below (each would ask `nameWords` again per name).
  // (By the speaker's place in `active`: the loops below go through it in order.)
  const wordsOf: (readonly (readonly string[])[] | undefined)[] = new Array(active.length);
  for (let a = 0; a < active.length; a++) {
    const l = active[a]!;
    parent[l.key] = l.key;
    if (l.kind === 'person' && l.genderSure && l.gender) toldOf.set(l.key, l.gender);
    if (l.kind !== 'person') continue;
    const words = l.names.map((n) => nameWords(n));
    wordsOf[a] = words;
    for (const w of words) {
      if (w.length < 2) continue;
      let own = firstNames.get(l.key);
      if (!own) firstNames.set(l.key, (own = new Map()));
      const surname = w[w.length - 1]!;
      const set = own.get(surname) ?? new Set<string>();
      set.add(w[0]!);
      own.set(surname, set);
    }
  }
  for (const l of locals) for (const k of l.apartFrom ?? []) {
    // (A pair one of whose people is only mentioned joins no group, so it keeps none apart.)
    if (find(l.key) === -1 || find(k) === -1) continue;
    for (const [x, y] of [[l.key, k], [k, l.key]] as const) {
      const list = apartOf.get(x) ?? [];
      list.push(y);
      apartOf.set(x, list);
    }
  }

  const byCompact = new Map<string, number>();
  // The initials of every body's name of two or more capitalised words: a one-word name that spells one of them
  // is that acronym, joined below by what it stands for, never by its letters alone.
  const acronyms = new Set<string>();
  for (const l of active) if (l.kind === 'organisation') for (const n of l.names) if (/^(?:the\s+)?[\p{Lu}]/u.test(n) && !isOwnedVoice(n) && acronymOf(n)) acronyms.add(acronymOf(n));
  // Each acronym's bodies: the spellings each holds of it, its own or its document's ("" for none).
  const byAcronym = new Map<string, Map<number, Set<string>>>();
  const holdAcronym = (acronym: string, l: LocalSpeaker, spellings: readonly string[]): void => {
    const holders = byAcronym.get(acronym) ?? new Map<number, Set<string>>();
    const own = holders.get(l.key) ?? new Set<string>();
    for (const s of spellings) own.add(s);
    holders.set(l.key, own);
    byAcronym.set(acronym, holders);
  };
  // Distinct full names by first and last word; a name seen before joins its first bearer, who already joined
  // every name that matches it (comparing it again with all of them would be quadratic in the corpus).
  const byEnds = new Map<string, { words: readonly string[]; key: number }[]>();
  const byFull = new Map<string, number>();
  const bare: LocalSpeaker[] = [];
  for (let a = 0; a < active.length; a++) {
    const l = active[a]!;
    if (l.kind === 'unnamed') continue;
    if (l.kind === 'organisation' && !/^(?:the\s+)?[\p{Lu}]/u.test(l.names[0]!)) continue; // "the ministry": per document
    const words = wordsOf[a];
    const bareOnly = l.kind === 'person' && words!.every((w) => w.length === 1);
    for (let i = 0; i < l.names.length; i++) {
      const n = l.names[i]!;
      // An organisation's description taken up as one of its names ("the embassy said" after "The Caravel
      // embassy in Nordmark") is per document too: two reports' embassies are not one because each was "the
      // embassy" later.
      if (l.kind === 'organisation' && !/^(?:the\s+)?[\p{Lu}]/u.test(n)) continue;
      // A person's bare surname joins others only through the full names (below): "Clinton" said in one
      // report and another must not tie their Bill and Hillary together.
      const bareName = l.kind === 'person' && !bareOnly && words![i]!.length === 1;
      const acronym = l.kind === 'organisation' && !isOwnedVoice(n) ? acronymOf(n) : '';
      if (acronym) holdAcronym(acronym, l, [n]);
      const spelt = l.kind === 'organisation' && !acronym && acronyms.has(compactName(n)) ? compactName(n) : '';
      if (spelt) holdAcronym(spelt, l, expansionsIn(docTexts.get(l.doc) ?? '', spelt));
      for (const key of [bareName || spelt ? '' : compactName(n)]) {
        if (!key) continue;
        const k = `${l.kind}:${key}`;
        const prev = byCompact.get(k);
        if (prev === undefined) byCompact.set(k, l.key);
        else union(prev, l.key);
      }
      if (l.kind === 'person') {
        const w = words![i]!;
        if (w.length >= 2) {
          const full = w.join(' ');
          const first = byFull.get(full);
          if (first !== undefined) union(first, l.key);
          else {
            byFull.set(full, l.key);
            const ek = `${w[0]}|${w[w.length - 1]}`;
            const list = byEnds.get(ek) ?? [];
            for (const o of list) if (sameFullName(o.words, w)) union(o.key, l.key);
            list.push({ words: w, key: l.key });
            byEnds.set(ek, list);
          }
        }
      }
    }
    if (bareOnly) bare.push(l);
  }
  // A body by its acronym: with what the acronym stands for in its own document, or in its own names, joined to
  // the bodies whose spelling agrees ("Harbour Workers Committee" is not "Harbour Workers Convention"); one told
  // no spelling joins the others so told, and the spelled ones only when all of those agree.
  for (const holders of byAcronym.values()) {
    const told = [...holders].filter(([, spellings]) => spellings.size > 0);
    const untold = [...holders].filter(([, spellings]) => spellings.size === 0).map(([k]) => k);
    const agree = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].every((x) => [...b].every((y) => sameExpansion(x, y)));
    for (let i = 0; i < told.length; i++) for (let j = i + 1; j < told.length; j++) if (agree(told[i]![1], told[j]![1])) union(told[i]![0], told[j]![0]);
    for (const k of untold.slice(1)) union(untold[0]!, k);
    if (untold.length > 0 && told.length > 0 && told.every(([, a]) => told.every(([, b]) => agree(a, b)))) union(told[0]![0], untold[0]!);
  }
  // Full names by their first and last words, so that a bare surname finds its person without a scan.
  const byEndWord = new Map<string, number[]>();
  // The same by the last word alone: a bare given name ("Lucy", a carer who "asked to be called only Lucy") is
  // no surname, and a report that gives no more of her name does not make her the one Lucy another report
  // names in full ("Lucy Brandt"); only a full name it ends ("Lucy" as a surname) may be hers.
  const byLastWord = new Map<string, number[]>();
  for (let a = 0; a < active.length; a++) {
    const l = active[a]!;
    if (l.kind !== 'person') continue;
    for (const nw of wordsOf[a]!) {
      if (nw.length < 2) continue;
      for (const w of endWords(nw)) {
        const list = byEndWord.get(w) ?? [];
        list.push(l.key);
        byEndWord.set(w, list);
      }
      const last = nw[nw.length - 1]!;
      const list = byLastWord.get(last) ?? [];
      list.push(l.key);
      byLastWord.set(last, list);
    }
  }
  // A bare name is never in these lists (all its names are one word). Unions only merge groups, so a list
  // can be replaced by the roots of its keys: thousands of "Putin"s become one or two roots.
  // The genders titles told ("Ms. Kim") of each group: a bare "Mr. Kim" is not the one woman of that name.
  // Joining a bare name keeps its group's root, so the roots read here stay roots.
  const told = new Map<number, Set<'m' | 'f'>>();
  for (const l of active) {
    if (l.kind !== 'person' || !l.genderSure || !l.gender) continue;
    const r = find(l.key);
    const set = told.get(r) ?? new Set();
    set.add(l.gender);
    told.set(r, set);
  }
  // The full names the documents mention, quoted or not, by their first and last words: a bare "Kim" quoted in a
  // report that names no Kim in full is not surely the one Kim quoted elsewhere when another report names a
  // different Kim it does not quote ("North Korean leader Kim Jong-un" beside "Minister Kim Yung-ho said").
  // (`mentioned`: the words of every full name the documents mention, read by each document's scan.)
  const mentionedByEnd = new Map<string, Map<string, readonly string[]>>();
  // (Each name once: the documents mention the same names thousands of times, and a name's words are all it holds.)
  const mentionedOnce = new Set<string>();
  for (const nw of mentioned) {
    if (nw.length < 2) continue;
    const full = nw.join(' ');
    if (mentionedOnce.has(full)) continue;
    mentionedOnce.add(full);
    for (const w of endWords(nw)) {
      const list = mentionedByEnd.get(w) ?? new Map<string, readonly string[]>();
      list.set(full, nw);
      mentionedByEnd.set(w, list);
    }
  }
  // The full names of each group, read once per root asked about (a bare name's join keeps its group's root).
  const fullNamesOf = new Map<number, (readonly string[])[]>();
  const groupHolds = (root: number, words: readonly string[]): boolean => {
    let names = fullNamesOf.get(root);
    if (!names) {
      names = [];
      for (const l of active) if (l.kind === 'person' && find(l.key) === root) for (const n of l.names) {
        const nw = nameWords(withoutPossessive(n));
        if (nw.length >= 2) names.push(nw);
      }
      fullNamesOf.set(root, names);
    }
    return names.some((nw) => nw.join(' ') === words.join(' ') || sameFullName(nw, words));
  };
  // The full names of each document's people, with their words, for the bare names below.
  // (Only the documents of those bare names are asked about.)
  const sameDocNames = new Map<string, { name: string; words: readonly string[] }[]>();
  const bareDocs = new Set(bare.map((b) => b.doc));
  if (bare.length > 0) for (let a = 0; a < active.length; a++) {
    const l = active[a]!;
    if (l.kind !== 'person' || !bareDocs.has(l.doc)) continue;
    const list = sameDocNames.get(l.doc) ?? [];
    l.names.forEach((n, i) => { if (wordsOf[a]![i]!.length >= 2) list.push({ name: withoutPossessive(n), words: wordsOf[a]![i]! }); });
    sameDocNames.set(l.doc, list);
  }
  for (const b of bare) {
    // "Mr Kim's (own words)", read as a subject: the possessive is no part of the name it joins.
    const w = nameWords(withoutPossessive(b.names[0]!))[0]!;
    // A family name borne by a large share of a people ("Kim", "Lee", "Park", "Wang", "Nguyen") names no one
    // across documents: "Ms. Lee, a nurse in Busan," in a report that never names her in full is not the one
    // Lee another report names in full.
    if (SHARED_FAMILY_NAME.test(w)) continue;
    // (Nor one its document says was all the family name given, "identified only by her family name, NAME": the
    // person so named is not one named in full with it; `given-name-alone.ts`.)
    if (familyNameAlone([docTexts.get(b.doc) ?? ''], w)) continue;
    // (A title before it, "Mr. Dale", says it is a surname.)
    const lone = withoutPossessive(b.names[0]!);
    // (So is one its document says was all the name given, "who gave only his first name, NAME": `given-name-alone.ts`.)
    const pool = !/\s/u.test(lone) && (isKnownFirstName(lone) || givenNameAlone([docTexts.get(b.doc) ?? ''], lone)) ? byLastWord : byEndWord;
    const roots = new Set((pool.get(w) ?? []).map(find));
    pool.set(w, [...roots]);
    // The people of that name a title has not shown to be of the other gender; the one left is the one meant.
    const g = b.genderSure ? b.gender : null;
    const fit = g ? [...roots].filter((r) => !told.get(r) || told.get(r)!.has(g)) : [...roots];
    if (fit.length !== 1) continue;
    // (Nor when its own document first gave the surname to someone it named in a way no reading took up, "the
    // pilot Amaka (Ama) Okafor", and names a namesake in full only further down: `missed-namesake.ts`.)
    const namesakes = sameDocNames.get(b.doc)?.filter((nw) => nw.words[0] === w || nw.words[nw.words.length - 1] === w).map((nw) => nw.name) ?? [];
    if (namesakes.length > 0 && surnameFirstBorneByOther(docTexts.get(b.doc) ?? '', w, namesakes)) continue;
    // (One only mentioned, never quoted, of another full name with that word leaves it open: no join. One quoted
    // is among the roots already, and a title may have ruled them out: "Ms. Park" is not the "Mr. Park".)
    if ([...(mentionedByEnd.get(w)?.values() ?? [])].some((m) => ![...roots].some((r) => groupHolds(r, m)))) continue;
    union(fit[0]!, b.key);
  }

  const groups = new Map<number, LocalSpeaker[]>();
  for (const l of active) {
    const r = find(l.key);
    const g = groups.get(r) ?? [];
    g.push(l);
    groups.set(r, g);
  }
  const speakers: Speaker[] = [];
  const byLocal = new Map<number, Speaker>();
  const usedIds = new Set<string>();
  for (const g of groups.values()) {
    const first = g[0]!;
    const names: string[] = [];
    for (const l of g) for (const n of l.names) names.push(n);
    // A body's reading of a person's name ("Councillor Jon Roe", a label's "ROE:") is shown as a person's.
    const kind = first.kind === 'organisation' && personByForm(names, [...new Set(g.map((l) => docTexts.get(l.doc) ?? ''))], isKnownFirstName) ? 'person' : first.kind;
    // A possessive is no part of a person's name ("Mr Kim's own words ...", read as the sentence's subject).
    // A name read from a label in capitals ("JANE ROE:") is shown as the reports write it in running text.
    const display = kind === 'person' ? nameInNormalCase(withoutPossessive(fullestName(names, first.kind)), textsOf(g, docTexts)) : fullestName(names, first.kind);
    // (Not the same name again in other capitals: "JANE ROE" beside "Jane Roe".)
    // (Each distinct name read once: a group of one person quoted across the corpus holds thousands of them.)
    const spellings = new Set<string>();
    for (const n of new Set(names)) spellings.add(n.replace(/^The\b/u, 'the'));
    const shown = display.toLowerCase();
    const aliases = [...spellings].filter((n) => n.toLowerCase() !== shown && !(first.kind === 'person' && /\S['’]s$/u.test(n)));
    const role = shownRole(g, first.kind);
    const scope = first.kind === 'unnamed' || (first.kind === 'organisation' && !/^(?:the\s+)?[\p{Lu}]/u.test(first.names[0]!)) ? `${first.doc}:` : '';
    let id = `${scope}${slug(display)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${scope}${slug(display)}-${n}`;
    usedIds.add(id);
    const speaker: Speaker = { id, name: display, aliases, role, kind };
    speakers.push(speaker);
    for (const l of g) byLocal.set(l.key, speaker);
  }
  return { speakers, byLocal };
}

/**
 * The first role of a group to show: its speakers' roles in order, then the roles of their mentions (read
 * without copying both lists into one, as this runs for every speaker of the corpus).
 */
function shownRole(g: readonly LocalSpeaker[], kind: SpeakerKind): string | null {
  for (const l of g) for (const r of l.roles) if (isShownRole(r, kind)) return r;
  for (const l of g) for (const r of l.mentionRoles) if (isShownRole(r, kind)) return r;
  return null;
}

/**
 * Whether a role read beside a name is one to show: no clause ("the two sides discussed", "the carriages told
 * anyone watching", "Clinton spokesman Jesse Lehrich said"), and for a person, a word that names a position or
 * a kind of person ("Kremlin spokesman", "Rep.", "a nursing home owner"), not the words a name happened to
 * stand beside ("eighteen months", "his surname", "North Korea's", "Bloomberg interview"). The roles stay as
 * read for telling who is who; this only chooses the one shown.
 */
export function isShownRole(role: string, kind: SpeakerKind): boolean {
  const words = role.split(/\s+/u).filter(Boolean);
  if (words.some((w) => /^(?:said|says|told|tells|discussed|added|asked|reeks|I['’]m)$/iu.test(w))) return false;
  // "eighteen months", "the past two years": a span of time beside a name is when, not who.
  if (/^(?:the\s+)?(?:\S+\s+){0,2}(?:days?|weeks?|months?|years?|hours?|decades?)$/iu.test(role)) return false;
  if (kind !== 'person') return true;
  return words.some((w) => w.split('-').some((part) => {
    const bare = part.replace(/['’]s$|[,;:()]/gu, '');
    const lower = bare.toLowerCase().replace(/\.$/u, '');
    if (MODIFIERS.has(lower)) return false;
    if (isRoleNoun(lower) || isRoleNoun(bare.toLowerCase())) return true;
    // A kind of person WordNet knows ("widow", "pollster"); capitalised, only a near one ("Democrat") or one
    // named as a man or woman ("Alderman"): WordNet has "North" and "Center" as people too, a few steps away.
    if (!/^[\p{L}][\p{Ll}]{2,}$/u.test(bare)) return false;
    if (/^[\p{Lu}]/u.test(bare)) return /(?:man|woman|person)$/u.test(lower) || isKindOf(singular(lower), 'person', 3);
    return isKindOf(singular(lower), 'person', 5);
  }));
}

// Title words that qualify an office and are none ("then", "former", "national"): alone they make no role.
const MODIFIERS = new Set('then former acting incoming outgoing late vice foreign defense defence interior finance state affairs security national unification trade economy first press crown supreme senior'.split(' '));

/** The texts of the group's own documents first, then the others'. */
function* textsOf(g: readonly LocalSpeaker[], docTexts: DocumentTexts): Generator<string> {
  const own = new Set(g.map((l) => l.doc));
  for (const d of own) {
    const t = docTexts.get(d);
    if (t !== undefined) yield t;
  }
  for (const [d, t] of docTexts) if (!own.has(d)) yield t;
}

function fullestName(names: readonly string[], kind: SpeakerKind): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = names[0]!;
  // Most words first (hyphens split, so "Kim Jong-un" and "Kim Jong Un" tie), then the most used, then the first seen.
  const score = (n: string): number => (kind === 'unnamed' ? (/^the\b/iu.test(n) ? 0 : 1000) + n.length : normaliseName(n).split(' ').length * 1000) + (counts.get(n) ?? 0);
  let bestScore = score(best);
  for (const n of counts.keys()) {
    const sn = score(n);
    if (sn > bestScore) [best, bestScore] = [n, sn];
  }
  return best.replace(/^The\b/u, 'the');
}

function slug(s: string): string {
  return normaliseName(s).replace(/\s+/gu, '-') || 'speaker';
}

/** Whether some member of `a` is in `b`. */
function someIn(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** A full name's first and last words, the one word once when they are the same. */
function endWords(words: readonly string[]): string[] {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return first === last ? [first] : [first, last];
}
