/**
 * A claim that gives a body the words of the one who speaks for it ("did the Velmoran government say ..." of
 * the words of the government's spokeswoman): the spokesperson's words are the body's, as news writes them
 * ("the ministry said" of a briefing by its spokesman). Only for a role that says so (a spokesperson, a
 * spokesman or -woman, an official representative, a press secretary), and only for the body the text ties
 * the role to: the one the role names by its noun ("government spokeswoman", "the ministry's official
 * representative"), where the text last named a body of that noun so ("The Velmoran government ..."), or, for
 * a role with no body of its own ("Spokesperson Ana Lee wrote"), the body named in the paragraph before the
 * quote ("Harbour Affairs Velmora said in an email ...").
 */
import type { Quote } from '../types.ts';
import { classifyProperName } from './names.ts';

const SPEAKS_FOR = /\b(?:spokes(?:person|man|woman)|(?:official\s+)?representative|press\s+(?:secretary|officer))\b/iu;
// A spokes-role with no body of its own: "Spokesperson", "its spokesman", "a deputy spokeswoman".
const BARE_ROLE = /^\s*(?:(?:its|the|a|an)\s+)?(?:(?:deputy|chief|senior|official)\s+)?(?:spokes(?:person|man|woman)|representative|press\s+(?:secretary|officer))\s*$/iu;
// A body named again by its noun after an article or a possessive ("the ministry", "its government"): no naming.
const BACK_REFERENCE = /(?:^|[^\p{L}])(?:the|its|their|this|that)\s+$/iu;

const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The typed body's words, an article off ("the german government" → german, government). */
function bodyWords(typed: string): string[] {
  return typed
    .trim()
    .replace(/^(?:the|a|an)\s+/iu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/** The typed body's words as the text may write them, a possessive's "'s" and any case or spacing allowed. */
function phraseOf(words: readonly string[]): RegExp {
  const parts: string[] = [];
  for (const w of words) {
    if (w === 's' && parts.length) parts[parts.length - 1] += "['’]s";
    else parts.push(escape(w));
  }
  return new RegExp(String.raw`(?<![\p{L}])${parts.join(String.raw`[\s-]+`)}(?![\p{L}])`, 'giu');
}

/**
 * Whether quote `q`'s speaker speaks, by their role, for the body `typed` names: `paragraphBefore` gives the text
 * of the quote's paragraph before it, `documentBefore` the document's text before it (asked only when needed).
 */
export function speaksForBody(typed: string, q: Quote, paragraphBefore: () => string, documentBefore: () => string): boolean {
  const role = q.role?.trim() ?? '';
  if (!role || !SPEAKS_FOR.test(role)) return false;
  const words = bodyWords(typed);
  if (words.length === 0) return false;
  const phrase = phraseOf(words);
  const head = words[words.length - 1]!;
  const roleWords = role.toLowerCase().split(/[^\p{L}]+/u);
  if (roleWords.includes(head) && words.length > 1) {
    // The last naming of a body of that noun before the quote, back-references aside, must be the one typed.
    const text = documentBefore();
    const nouns = [...text.matchAll(new RegExp(String.raw`(?<![\p{L}])${escape(head)}(?![\p{L}])`, 'giu'))];
    const naming = nouns.filter((m) => !BACK_REFERENCE.test(text.slice(Math.max(0, m.index - 8), m.index))).at(-1);
    if (!naming) return false;
    const ending = naming.index + naming[0].length;
    return [...text.matchAll(phrase)].some((m) => m.index + m[0].length === ending && classifyProperName(m[0]) === 'organisation');
  }
  if (!BARE_ROLE.test(role)) return false;
  const named = [...paragraphBefore().matchAll(phrase)];
  // (A capitalised body's name as the text writes it, never a person's: "Morn" of "Minister Tessa Morn" is no body.)
  return named.length > 0 && named.every((m) => /^[\p{Lu}]/u.test(m[0]) && classifyProperName(m[0]) === 'organisation');
}

// A body named again by its noun after "the" in a speaker's description ("a senior official in the department").
const BODY_NOUNS: ReadonlySet<string> = new Set(['ministry', 'department', 'government', 'agency', 'office', 'embassy', 'command', 'commission', 'council', 'directorate', 'bureau', 'administration', 'authority', 'network', 'institute', 'association', 'federation']);
const DEFINITE_BODY = /(?:^|[^\p{L}])the\s+([\p{Ll}]+)(?![\p{L}])/gu;

/**
 * The words of the body a description's "the NOUN" stands for ("an official in the department" after "The
 * Department of Fertilisers is watching"): the last body of that noun the text named before the quote, its
 * capitalised name ("Department of Fertilisers") or a capitalised word before the noun ("the Velmoran
 * ministry"), each word also without a plural's "s"; empty when the text named none so.
 */
export function referredBodyWords(shown: string, documentBefore: () => string): string[] {
  const nouns = [...shown.matchAll(DEFINITE_BODY)].map((m) => m[1]!).filter((n) => BODY_NOUNS.has(n));
  if (nouns.length === 0) return [];
  const text = documentBefore();
  const words: string[] = [];
  for (const noun of nouns) {
    const named = [...text.matchAll(new RegExp(String.raw`((?:[\p{Lu}][\p{L}'’-]*\s+){0,3})([${noun[0]!.toUpperCase()}${noun[0]!}])${escape(noun.slice(1))}((?:\s+(?:of|for)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}'’-]*){0,3})?)`, 'gu'))].filter(
      (m) => /^[\p{Lu}]/u.test(m[2]!) || (m[1]!.trim() !== '' && !/^(?:The|Its|This|That|Their)$/u.test(m[1]!.trim().split(/\s+/u).at(-1)!)),
    );
    const last = named.at(-1);
    if (!last) continue;
    for (const w of last[0].toLowerCase().split(/[^\p{L}]+/u).filter(Boolean)) words.push(w, w.replace(/s$/u, ''));
  }
  return words;
}
