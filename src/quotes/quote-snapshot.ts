/**
 * The tables a quote book answers from, and their snapshot form (flat lists of numbers, no passage text).
 */
import type { Speaker } from '../types.ts';
import { SpeakerDirectory, type SpeakerDirectorySnapshot } from './speaker-directory.ts';
import {
  invertedLengths,
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
import { NarrationIndex, type NarrationSnapshot } from './narration-index.ts';

/** The quotes' columns, the same in the tables and their snapshot but for the role names: a list, or packed. */
export interface QuoteColumns<Roles> {
  passage: SmallInts;
  start: SmallInts;
  end: SmallInts;
  sentenceStart: SmallInts;
  sentenceEnd: SmallInts;
  /** Bit 1: partial, bit 2: speech. */
  flags: Uint8Array;
  /** Index in `speakers` plus one, 0 for none. */
  speaker: SmallInts;
  /** Index in `roles` plus one, 0 for none. */
  role: SmallInts;
  roles: Roles;
}

/**
 * The tables a QuoteBook answers from. Quotes are places in passages (passage number, offsets of the words and
 * of the sentence), speakers flat lists, and the word indexes numbers; no passage text is copied.
 */
export interface QuoteTables {
  passages: number;
  speakers: {
    id: string[];
    name: string[];
    role: (string | null)[];
    kind: Speaker['kind'][];
    /** Speaker i's aliases: `aliasNames[aliases.start[i]] ..`. */
    aliases: FlatLists;
    aliasNames: string[];
  };
  quotes: QuoteColumns<string[]>;
  /** The exact words, by number (see WordNumbers): a list, or packed as a snapshot keeps it. */
  words: readonly string[] | PackedStrings;
  /** Quote i's exact words as numbers. */
  quoteWords: FlatLists;
  /** The close-matching stems, by number. */
  stems: string[];
  /** Quote i's close-matching words as stem numbers, in order. */
  quoteStems: FlatLists;
  /** How many quotes have each stem, when known from a snapshot (the posting lists are made at first use). */
  stemPostingLengths: SmallInts | null;
}

/**
 * A QuoteBook as plain data: its tables (see QuoteTables) with strings joined, numbers in the smallest typed
 * arrays that hold them (indexes that may be missing, -1, stored plus one), and no posting lists, which
 * fromSnapshot counts again from the word lists.
 */
export interface QuoteBookSnapshot {
  passages: number;
  speakers: {
    id: PackedStrings;
    name: PackedStrings;
    /** Index in `roles` plus one, 0 for none. */
    role: SmallInts;
    roles: PackedStrings;
    /** Index in SPEAKER_KINDS. */
    kind: Uint8Array;
    aliases: PackedLists;
    aliasNames: PackedStrings;
  };
  quotes: QuoteColumns<PackedStrings>;
  words: PackedStrings;
  quoteWords: PackedLists;
  stems: PackedStrings;
  quoteStems: PackedLists;
  narration: NarrationSnapshot;
  /** How many quotes have each stem (the lengths of the stems' posting lists, which fromSnapshot fills again). */
  stemPostingLengths: SmallInts;
  directory: SpeakerDirectorySnapshot;
}

const SPEAKER_KINDS: readonly Speaker['kind'][] = ['person', 'organisation', 'unnamed'];

/**
 * The part of a QuoteBookSnapshot that needs the speakers merged across documents: the speakers, the quotes'
 * columns and the speaker directory.
 */
export type QuoteSpeakerPart = Pick<QuoteBookSnapshot, 'passages' | 'speakers' | 'quotes' | 'directory'>;

/**
 * The part of a QuoteBookSnapshot read from the quotes' words alone (where each quote and quotation stands), not
 * from who spoke them: the word and stem numbers, each quote's words and stems, and the narration index.
 */
export type QuoteWordPart = Pick<QuoteBookSnapshot, 'words' | 'quoteWords' | 'stems' | 'quoteStems' | 'narration' | 'stemPostingLengths'>;

/** The tables as compact plain data (see QuoteBookSnapshot). */
export function packTables(t: QuoteTables, narration: NarrationIndex, directory: SpeakerDirectory): QuoteBookSnapshot {
  return joinQuoteParts(packSpeakerPart(t, directory), packWordPart(t, narration));
}

/** The speakers' side of the tables as compact plain data (see QuoteSpeakerPart). */
export function packSpeakerPart(t: Pick<QuoteTables, 'passages' | 'speakers' | 'quotes'>, directory: SpeakerDirectory): QuoteSpeakerPart {
  const sp = t.speakers;
  const speakerRoles = new Map<string, number>();
  const speakerRole = sp.role.map((r) => {
    if (r === null) return 0;
    let i = speakerRoles.get(r);
    if (i === undefined) speakerRoles.set(r, (i = speakerRoles.size));
    return i + 1;
  });
  const q = t.quotes;
  return {
    passages: t.passages,
    speakers: {
      id: packStrings(sp.id),
      name: packStrings(sp.name),
      role: smallestInts(speakerRole),
      roles: packStrings([...speakerRoles.keys()]),
      kind: Uint8Array.from(sp.kind, (k) => SPEAKER_KINDS.indexOf(k)),
      aliases: packLists(sp.aliases.start, sp.aliases.values),
      aliasNames: packStrings(sp.aliasNames),
    },
    quotes: {
      passage: smallestInts(q.passage),
      start: smallestInts(q.start),
      end: smallestInts(q.end),
      sentenceStart: smallestInts(q.sentenceStart),
      sentenceEnd: smallestInts(q.sentenceEnd),
      flags: q.flags.slice(),
      speaker: smallestInts(q.speaker),
      role: smallestInts(q.role),
      roles: packStrings(q.roles),
    },
    directory: directory.toSnapshot(),
  };
}

/** The words' side of the tables as compact plain data (see QuoteWordPart). */
export function packWordPart(t: Pick<QuoteTables, 'words' | 'quoteWords' | 'stems' | 'quoteStems' | 'stemPostingLengths'>, narration: NarrationIndex): QuoteWordPart {
  return {
    words: Array.isArray(t.words) ? packStrings(t.words) : (t.words as PackedStrings),
    quoteWords: packLists(t.quoteWords.start, t.quoteWords.values),
    stems: packStrings(t.stems),
    quoteStems: packLists(t.quoteStems.start, t.quoteStems.values),
    narration: narration.toSnapshot(),
    stemPostingLengths: t.stemPostingLengths ?? smallestInts(invertedLengths(t.quoteStems.start, t.quoteStems.values, t.stems.length)),
  };
}

/** The two parts of a quote book's snapshot, made apart (even on two threads), as one snapshot. */
export function joinQuoteParts(speakers: QuoteSpeakerPart, words: QuoteWordPart): QuoteBookSnapshot {
  // (In the order packTables always gave them: a snapshot file keeps its fields in this order.)
  return {
    passages: speakers.passages,
    speakers: speakers.speakers,
    quotes: speakers.quotes,
    words: words.words,
    quoteWords: words.quoteWords,
    stems: words.stems,
    quoteStems: words.quoteStems,
    narration: words.narration,
    stemPostingLengths: words.stemPostingLengths,
    directory: speakers.directory,
  };
}

/** The tables again from `packTables` data (the narration and directory aside), with the stems' posting lists counted. */
export function unpackTables(d: QuoteBookSnapshot): QuoteTables {
  const sp = d.speakers;
  const speakerRoles = unpackStrings(sp.roles);
  const stems = unpackStrings(d.stems);
  const quoteStems = unpackLists(d.quoteStems);
  return {
    passages: d.passages,
    speakers: {
      id: unpackStrings(sp.id),
      name: unpackStrings(sp.name),
      role: Array.from(sp.role, (r) => (r === 0 ? null : speakerRoles[r - 1]!)),
      kind: Array.from(sp.kind, (k) => {
        const kind = SPEAKER_KINDS[k];
        if (!kind) throw new Error(`The quote book's snapshot has speaker kind ${k}, which is none of ${SPEAKER_KINDS.length}.`);
        return kind;
      }),
      aliases: unpackLists(sp.aliases),
      aliasNames: unpackStrings(sp.aliasNames),
    },
    quotes: { ...d.quotes, roles: unpackStrings(d.quotes.roles) },
    words: d.words,
    quoteWords: unpackLists(d.quoteWords),
    stems,
    quoteStems,
    stemPostingLengths: d.stemPostingLengths,
  };
}
