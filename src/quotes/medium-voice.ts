/**
 * A newspaper speaks through its editorial, its editors and its editorial board: "its editorial warned", "the
 * board wrote", "the paper urged", "..., whose editors wrote" are the paper's own voice, and credit the paper
 * the text last named, never a person called "whose editors" nor a paper named earlier.
 */
import type { ParsedSpeaker } from './speaker-phrases.ts';
import { TITLE_ABBREVIATIONS } from './title-abbreviations.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { classifyProperName, compactName, PAPER_WORDS, UNTRANSLATED_PAPER_WORDS } from './names.ts';

// Last words that make a name a newspaper's, whatever the text says of it ("The Dover Times"): names.ts's words
// of papers, and the commonest English mastheads.
// (Narrower than names.ts's MASTHEAD, which tells a body from a person and also holds words that end journals',
// watchdogs' and bulletins' names, "Review", "Monitor", "Bulletin", "Mirror": a name read as a paper's here speaks
// with a paper's voice.)
const MEDIUM_LAST = new RegExp(`^(?:${[...PAPER_WORDS, ...UNTRANSLATED_PAPER_WORDS].join('|')}|telegraph|chronicle|courier|inquirer|examiner)$`, 'iu');


/** The description a medium's voice stands for: the paper itself, found by `lastMediumBefore`. */
export const MEDIUM_VOICE_HEAD = 'paper';

/**
 * "its editorial", "the editorial board", "whose editors", "The Dover Times's editorial board": the paper's
 * voice, read as a description of the paper (head `paper`) or, when the paper is named, as its name.
 */
export function mediumVoice(phrase: string): ParsedSpeaker | null {
  const text = phrase.trim().replace(/[\s,.;:]+$/u, '');
  // ("An editorial said ...": a paper's unsigned voice, the paper named just before, as "its editorial" is.)
  if (/^(?:its|the|whose)\s+(?:editorial(?:\s+(?:board|page|writers))?|editors|leader\s+writers?)$/iu.test(text) || /^the\s+board$/iu.test(text) || /^an\s+editorial$/iu.test(text)) {
    return { type: 'description', text, head: MEDIUM_VOICE_HEAD, definite: true, plural: false, kind: 'organisation' };
  }
  // "An editorial in the paper", "an editorial in the Dover Times": the paper's voice, as "its editorial" is.
  const within = /^an?\s+(?:editorial|leader\s+article)\s+in\s+(the\s+(?:paper|newspaper|daily|tabloid|broadsheet|weekly)|(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,4})$/iu.exec(text);
  if (within) {
    const paper = within[1]!;
    if (/^the\s+[\p{Ll}]+$/u.test(paper)) return { type: 'description', text: paper, head: paper.split(/\s+/u)[1]!.toLowerCase(), definite: true, plural: false, kind: 'organisation' };
    return { type: 'name', name: paper, role: null, kind: 'organisation' };
  }
  const owned = /^((?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,4})\s*['’]s\s+(?:editorial(?:\s+(?:board|page|writers))?|editors|leader\s+writers?)$/u.exec(text);
  // (The board, the editors, named with their paper, are shown so: "the Velm Gazette's editorial board".)
  if (owned) return { type: 'name', name: owned[1]!, role: null, kind: 'organisation', voice: text.replace(/^The\s/u, 'the ') };
  return null;
}

/**
 * The paper's voice named in full with the paper `name` in `text` ("The Velm Gazette's editorial board stands by its
 * view."), the last so named, as written (its article in lower case): what a later "the board wrote" stands for.
 * With `latest`, only when the text names the paper no more after it: "It called ..." after "The Velm Gazette's
 * editorial board was blunter." is the board, but after "... The Velm Gazette itself ran a cartoon." the paper.
 * Null when the text names none.
 */
export function ownedVoiceIn(text: string, name: string, latest = false): string | null {
  const bare = escapeRegExp(name.replace(/^the\s+/iu, ''));
  const re = new RegExp(String.raw`(?<![\p{L}])(?:(?:the|The)\s+)?${bare}\s*['’]s\s+(?:editorial\s+(?:board|writers)|editors|leader\s+writers)(?![\p{L}])`, 'gu');
  let last: RegExpMatchArray | null = null;
  for (const m of text.matchAll(re)) last = m;
  if (!last) return null;
  if (latest && new RegExp(String.raw`(?<![\p{L}])${bare}(?![\p{L}])`, 'u').test(text.slice(last.index! + last[0].length))) return null;
  return last[0].replace(/^The\s/u, 'the ').replace(/\s+(?=['’]s\s)/u, '');
}

/**
 * Whether a speaker's name is a paper's voice named with its paper ("the Velm Gazette's editorial board"): the board
 * is not the paper, and shares no acronym with it ("VG"), so it is never merged into the paper that reports the news.
 */
export function isOwnedVoice(name: string): boolean {
  return /['’]s\s+(?:editorial\s+(?:board|writers)|editors|leader\s+writers)$/u.test(name);
}

/** Whether a name is a news medium's: the text described it so (`media`), or its last word is a paper's. */
export function isMediumName(name: string, media: ReadonlySet<string>): boolean {
  const bare = name.replace(/^the\s+/iu, '');
  if (media.has(compactName(bare))) return true;
  const last = bare.split(/\s+/u).at(-1) ?? '';
  return bare.includes(' ') && MEDIUM_LAST.test(last) && classifyProperName(bare) === 'organisation';
}

/**
 * Whether a capitalised word with a full stop closes a sentence ("Norway.", "Tuesday."): a word of three letters or
 * more before its stop, not an abbreviation of a title ("Sen.", "Gov.") nor a suffix ("Jr."); an initial ("J."),
 * "U.S." and "Jr." are not.
 */
export function endsSentence(word: string): boolean {
  const m = /^[\p{Lu}][\p{Ll}'’-]{2,}\.$/u.exec(word);
  if (!m) return false;
  const bare = word.slice(0, -1).toLowerCase();
  return !TITLE_ABBREVIATIONS.includes(bare) && !/^(?:jr|sr|inc|ltd|corp|co|bros|esq|mgr|mrs|mme|mlle|dept|univ|assn|intl|natl|govt|ave|blvd)$/u.test(bare);
}

const CAPITALISED_RUN = /(?:\bthe\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,4}/gu;

/**
 * The last news medium named in `text` before `upTo` (a capitalised run, or its tail after a word opening the
 * sentence, that `isMediumName` accepts), or null.
 */
export function lastMediumBefore(text: string, upTo: number, media: ReadonlySet<string>): string | null {
  let last: string | null = null;
  const head = text.slice(0, upTo).replace(/[*_]/gu, ' ').replace(/\s+(?=['’]s\b)/gu, '');
  for (const m of head.matchAll(CAPITALISED_RUN)) {
    const run = m[0].replace(/['’]s$/u, '');
    const words = run.replace(/^the\s+/iu, '').split(/\s+/u);
    // (Not across a sentence's end: "Norway. The Bergen Post" is a word closing one sentence and a paper opening the
    // next; an initial, "U.S." or a title's abbreviation keeps its full stop inside a name.)
    let from = 0;
    for (let i = 0; i + 1 < words.length; i++) if (endsSentence(words[i]!)) from = i + 1;
    for (let i = from; i < words.length; i++) {
      // (Not from a possessor: "Norland's Tessaly Herald" is the Tessaly Herald.)
      if (i < words.length - 1 && /['’]s$/u.test(words[i]!)) continue;
      const tail = words.slice(i).join(' ');
      if (isMediumName(tail, media)) {
        last = tail;
        break;
      }
    }
  }
  return last;
}
