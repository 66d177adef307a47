/**
 * Finding a speaker by a name as people type it (exact, alias, surname, misspelt, prefix), with suggestions
 * and autocomplete, and the directory's snapshot form.
 */
import type { Speaker } from '../types.ts';
import { editDistance } from '../text/distance.ts';
import {
  flattenLists,
  listAt,
  packLists,
  packStrings,
  smallestInts,
  unpackLists,
  unpackStrings,
  type FlatLists,
  type PackedLists,
  type PackedStrings,
  type SmallInts,
} from '../engine/packing.ts';
import { compactName, normaliseName } from './names.ts';
import { holdsDescribed, joinPeoples } from './role-fit.ts';
import { contentWords, TITLES } from './speaker-phrases.ts';

export { editDistance };

/** A word with each run of one letter made one letter: "hanna" and "hana" are both "hana". */
function undoubled(word: string): string {
  return word.replace(/([\p{L}])\1+/gu, '$1');
}

function trigrams(word: string): string[] {
  const w = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= w.length; i++) out.push(w.slice(i, i + 3));
  return out;
}

/** The look-up tables of a SpeakerDirectory: its keys, and for each key the speakers (by index) or name forms it leads to. */
interface DirectoryTables {
  compactKeys: string[];
  compactSpeakers: FlatLists;
  wordKeys: string[];
  wordSpeakers: FlatLists;
  forms: string[];
  formSpeaker: SmallInts;
  gramKeys: string[];
  gramForms: FlatLists;
}

/** A SpeakerDirectory as plain data: its tables with strings joined and numbers in the smallest typed arrays. */
export interface SpeakerDirectorySnapshot {
  compactKeys: PackedStrings;
  compactSpeakers: PackedLists;
  wordKeys: PackedStrings;
  wordSpeakers: PackedLists;
  forms: PackedStrings;
  formSpeaker: SmallInts;
  gramKeys: PackedStrings;
  gramForms: PackedLists;
}

/** Looks speakers up by any of their names, forgiving case, accents, hyphens and titles. */
export class SpeakerDirectory {
  // Keys to their list in the tables; the lists of speakers are made at look-up (a few per question), not
  // all at once when the directory is made or restored.
  private readonly compactIndex = new Map<string, number>();
  private readonly wordIndex = new Map<string, number>();
  /** Character trigrams of every name word → the forms with that word, to find near misses without a scan. */
  private readonly gramIndex = new Map<string, number>();
  private readonly weights = new Map<Speaker, number>();

  private constructor(
    private readonly speakers: readonly Speaker[],
    weights: readonly number[],
    private readonly data: DirectoryTables,
    private snapshot: SpeakerDirectorySnapshot | null,
  ) {
    speakers.forEach((s, i) => this.weights.set(s, weights[i] ?? 0));
    if (data.formSpeaker.length !== data.forms.length) throw new Error(`Speaker directory data has ${data.forms.length} name forms but ${data.formSpeaker.length} form speakers.`);
    data.compactKeys.forEach((k, i) => this.compactIndex.set(k, i));
    data.wordKeys.forEach((k, i) => this.wordIndex.set(k, i));
    data.gramKeys.forEach((k, i) => this.gramIndex.set(k, i));
  }

  private at(i: number): Speaker {
    const s = this.speakers[i];
    if (!s) throw new Error(`Speaker directory data names speaker ${i}, but there are only ${this.speakers.length} speakers.`);
    return s;
  }

  /** The speakers with this compact name, if any. */
  private byCompact(key: string): Speaker[] | undefined {
    const i = this.compactIndex.get(key);
    return i === undefined ? undefined : Array.from(listAt(this.data.compactSpeakers, i), (si) => this.at(si));
  }

  /** The speakers with this word in a name, if any. */
  private byWord(word: string): Set<Speaker> | undefined {
    const i = this.wordIndex.get(word);
    return i === undefined ? undefined : new Set(Array.from(listAt(this.data.wordSpeakers, i), (si) => this.at(si)));
  }

  /** The directory of these speakers; `weights[i]` (the number of quotes of speaker i) ranks ties, highest first. */
  static build(speakers: readonly Speaker[], weights: readonly number[]): SpeakerDirectory {
    const byCompact = new Map<string, number[]>();
    const byWord = new Map<string, number[]>();
    const forms: string[] = [];
    const formSpeaker: number[] = [];
    const grams = new Map<string, number[]>();
    speakers.forEach((s, si) => {
      for (const n of [s.name, ...s.aliases]) {
        const c = compactName(n);
        if (!c) continue;
        const list = byCompact.get(c) ?? [];
        // Speakers come in order: a speaker already listed is the last one.
        if (list[list.length - 1] !== si) list.push(si);
        byCompact.set(c, list);
        const form = normaliseName(n);
        const id = forms.length;
        forms.push(form);
        formSpeaker.push(si);
        for (const g of new Set(form.split(' ').flatMap(trigrams))) {
          const list = grams.get(g) ?? [];
          list.push(id);
          grams.set(g, list);
        }
        for (const w of form.split(' ')) {
          const list = byWord.get(w) ?? [];
          if (list[list.length - 1] !== si) list.push(si);
          byWord.set(w, list);
        }
      }
    });
    return new SpeakerDirectory(
      speakers,
      weights,
      {
        compactKeys: [...byCompact.keys()],
        compactSpeakers: flattenLists([...byCompact.values()]),
        wordKeys: [...byWord.keys()],
        wordSpeakers: flattenLists([...byWord.values()]),
        forms,
        formSpeaker: Int32Array.from(formSpeaker),
        gramKeys: [...grams.keys()],
        gramForms: flattenLists([...grams.values()]),
      },
      null,
    );
  }

  /** The directory again from `toSnapshot()` data and the same speakers and weights, without normalising any name. */
  static fromSnapshot(data: SpeakerDirectorySnapshot, speakers: readonly Speaker[], weights: readonly number[]): SpeakerDirectory {
    const tables: DirectoryTables = {
      compactKeys: unpackStrings(data.compactKeys),
      compactSpeakers: unpackLists(data.compactSpeakers),
      wordKeys: unpackStrings(data.wordKeys),
      wordSpeakers: unpackLists(data.wordSpeakers),
      forms: unpackStrings(data.forms),
      formSpeaker: data.formSpeaker,
      gramKeys: unpackStrings(data.gramKeys),
      gramForms: unpackLists(data.gramForms),
    };
    return new SpeakerDirectory(speakers, weights, tables, data);
  }

  /** The directory as plain data (speakers by their index in the list it was built from). */
  toSnapshot(): SpeakerDirectorySnapshot {
    const t = this.data;
    this.snapshot ??= {
      compactKeys: packStrings(t.compactKeys),
      compactSpeakers: packLists(t.compactSpeakers.start, t.compactSpeakers.values),
      wordKeys: packStrings(t.wordKeys),
      wordSpeakers: packLists(t.wordSpeakers.start, t.wordSpeakers.values),
      forms: packStrings(t.forms),
      formSpeaker: smallestInts(t.formSpeaker),
      gramKeys: packStrings(t.gramKeys),
      gramForms: packLists(t.gramForms.start, t.gramForms.values),
    };
    return this.snapshot;
  }

  private weight(s: Speaker): number {
    return this.weights.get(s) ?? 0;
  }

  /**
   * The speaker a name means, or null: exact alias first, then by role, then without titles, then all words
   * shared. `doubled`: a word of the name typed with a letter doubled or undoubled finds the speaker too (for a
   * claim checked, where the name only narrows; a list of someone's quotes offers the closest names instead).
   */
  find(query: string, doubled = false): Speaker | null {
    const exact = this.byCompact(compactName(query));
    if (exact?.length) return this.best(exact);
    const words = normaliseName(query).split(' ').filter(Boolean);
    const untitled = words.filter((w) => !TITLES.has(w));
    // A title typed ("the Kremlin spokesman", "Minister Kim"): the speaker whose role and names hold every word
    // is meant before one whose name alone holds the other words ("the Kremlin").
    if (untitled.length < words.length) {
      const described = this.describedBy(query, untitled.length > 0);
      if (described) return described;
    }
    if (untitled.length && untitled.length < words.length) {
      const hit = this.byCompact(untitled.join(''));
      if (hit?.length) return this.best(hit);
    }
    if (untitled.length === 0) return null;
    let candidates: Speaker[] | null = null;
    for (const w of untitled) {
      let set = this.byWord(w);
      if (!set) {
        const org = candidates === null && untitled.length === 1 ? this.byInitials(w) : null;
        if (org) return org;
        // A name typed with a letter doubled or undoubled ("anna roe" for Ana Roe, "tamm" for Tam).
        set = doubled ? this.doubledVariant(w) : new Set<Speaker>();
        if (!set.size) return null;
      }
      const found = set;
      candidates = candidates === null ? [...found] : candidates.filter((s) => found.has(s));
    }
    return candidates && candidates.length ? this.best(candidates) : null;
  }

  /**
   * The people with a name word that is the typed word with one letter doubled or undoubled ("anna" for
   * "Ana", "tamm" for "Tam", "philip" for "Phillip"): the commonest misspelling of a name, which keeps
   * its sound; any other letter changed may be another name ("Paula" for "Paul", "Joan" for "John").
   */
  private doubledVariant(typed: string): Set<Speaker> {
    const out = new Set<Speaker>();
    if (typed.length < 4) return out;
    const key = undoubled(typed);
    for (const s of this.speakers) {
      if (s.kind !== 'person') continue;
      const words = [s.name, ...s.aliases].flatMap((n) => normaliseName(n).split(' '));
      if (words.some((w) => w !== typed && w.length >= 3 && Math.abs(w.length - typed.length) === 1 && undoubled(w) === key)) out.add(s);
    }
    return out;
  }

  // Organisations by the initials of their name's words, made at the first short form typed that finds nothing.
  private initialsIndex: Map<string, Speaker[]> | null = null;

  /**
   * The organisation a short form typed stands for ("kcna" for the Korean Central News Agency): the initials of
   * its name's words, "the", "of", "and", "for" aside, at least three. Only organisations: a person's initials
   * may spell someone else's surname.
   */
  private byInitials(word: string): Speaker | null {
    if (!/^[\p{L}]{3,6}$/u.test(word)) return null;
    if (!this.initialsIndex) {
      const map = new Map<string, Speaker[]>();
      for (const s of this.speakers) {
        if (s.kind !== 'organisation') continue;
        for (const n of [s.name, ...s.aliases]) {
          const ws = normaliseName(n).split(' ').filter((w) => w && !/^(?:the|of|and|for)$/u.test(w));
          if (ws.length < 3) continue;
          const key = ws.map((w) => w[0]).join('');
          const list = map.get(key) ?? [];
          if (!list.includes(s)) list.push(s);
          map.set(key, list);
        }
      }
      this.initialsIndex = map;
    }
    const hit = this.initialsIndex.get(word.toLowerCase());
    return hit?.length ? this.best(hit) : null;
  }

  // Each speaker's words as its names and role give them, read at the first description typed.
  private roleWords: ReadonlySet<string>[] | null = null;

  /**
   * The speaker a description means: every word of it held by the speaker's names or role, a people's adjective
   * by the place it stands for ("the Russian president" is "President of Russia"), a leader or chief by a
   * title of one (`holdsDescribed`). Several fitting: the most
   * quoted when the description has a word besides titles, else none ("the spokesman" of several).
   */
  private describedBy(query: string, named: boolean): Speaker | null {
    this.roleWords ??= this.speakers.map((s) => new Set([s.name, ...s.aliases, s.role ?? ''].flatMap((t) => [...contentWords(t)])));
    const titled = query.replace(/(?<![\p{L}'’-])[\p{Ll}]/gu, (c) => c.toUpperCase());
    const want = [...joinPeoples(titled, contentWords(query))];
    if (want.length === 0) return null;
    // (The last word typed is the description's noun: "the Ukrainian official" is an official, not the agency
    // WordNet relates the adjective "official" to.)
    const head = normaliseName(query).split(' ').filter(Boolean).pop();
    const fits = this.speakers.filter((_, i) => want.every((w) => holdsDescribed(this.roleWords![i]!, w, w === head)));
    if (fits.length === 1 || (fits.length > 1 && named)) return this.best(fits);
    return null;
  }

  private best(list: readonly Speaker[]): Speaker {
    return [...list].sort((a, b) => this.weight(b) - this.weight(a))[0]!;
  }

  /** Closest known names to an unknown one: small edit distance to a name or one of its words, or a shared word. */
  suggest(query: string, max = 5): string[] {
    const q = normaliseName(query);
    if (!q) return [];
    const qWords = q.split(' ');
    const scored = new Map<Speaker, number>();
    const shared = new Map<number, number>();
    for (const g of new Set(qWords.flatMap(trigrams))) {
      const gi = this.gramIndex.get(g);
      if (gi !== undefined) for (const id of listAt(this.data.gramForms, gi)) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const need = Math.min(2, ...qWords.map((w) => w.length));
    const candidates = [...shared.entries()].filter(([, c]) => c >= need).sort((a, b) => b[1] - a[1]).slice(0, 60).map(([id]) => ({ speaker: this.at(this.data.formSpeaker[id]!), form: this.data.forms[id]! }));
    for (const { speaker, form } of candidates) {
      let d = form.length <= 2 * q.length + 2 ? editDistance(q, form) / Math.max(q.length, form.length) : 1;
      for (const w of form.split(' ')) {
        if (w.length < 3) continue;
        for (const qw of qWords) {
          if (qw.length < 3 || Math.abs(qw.length - w.length) > 3) continue;
          d = Math.min(d, editDistance(qw, w) / Math.max(qw.length, w.length) + 0.05);
        }
      }
      const prev = scored.get(speaker);
      if (prev === undefined || d < prev) scored.set(speaker, d);
    }
    return [...scored.entries()]
      .filter(([, d]) => d <= 0.4)
      .sort((a, b) => a[1] - b[1] || this.weight(b[0]) - this.weight(a[0]))
      .slice(0, max)
      .map(([s]) => s.name);
  }

  /** Up to `max` display names matching what was typed (prefix or substring of any name), most quoted first. */
  autocomplete(typed: string, max: number): string[] {
    const t = normaliseName(typed);
    const ranked = [...this.speakers].sort((a, b) => this.weight(b) - this.weight(a) || a.name.localeCompare(b.name));
    if (!t) return ranked.slice(0, max).map((s) => s.name);
    const prefix: Speaker[] = [];
    const inner: Speaker[] = [];
    for (const s of ranked) {
      const forms = [s.name, ...s.aliases].map(normaliseName);
      if (forms.some((f) => f.startsWith(t) || f.split(' ').some((w) => w.startsWith(t)))) prefix.push(s);
      else if (forms.some((f) => f.includes(t))) inner.push(s);
    }
    return [...prefix, ...inner].slice(0, max).map((s) => s.name);
  }
}
