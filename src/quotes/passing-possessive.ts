/**
 * A full name met only in passing, as a possessive ("The figure comes from Kim Jong Il's 2001 journey"), after
 * the text has already used the bare surname for someone it takes the reader to know ("Kim rode a train"). The
 * writer named the first one by surname alone because the reader knows who; the full name that turns up later
 * in passing is another person of that family, so a bare surname is never read as them.
 */
import type { NameMention } from './name-mentions.ts';
import { nameWords } from './names.ts';

const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}\p{N}])/u;

/**
 * Whether `m`, a full name ending or opening with the bare surname `bare` (in `nameWords`'s lowercase form),
 * is a possessive met after the text used `bare` on its own, before any full name of that family.
 */
export function passingAfterBareUse(paragraphs: readonly string[], mentions: readonly NameMention[], m: NameMention, bare: string): boolean {
  const text = paragraphs[m.paragraph - 1] ?? '';
  if (!POSSESSIVE_AFTER.test(text.slice(m.at + m.name.length))) return false;
  const family = mentions.filter((x) => x.words.length >= 2 && x.words.includes(bare));
  const firstFull = family.reduce((a, x) => (x.paragraph < a.paragraph || (x.paragraph === a.paragraph && x.at < a.at) ? x : a), m);
  const bareAt = rememberedBareUse(paragraphs, bare);
  if (!bareAt) return false;
  return bareAt.paragraph < firstFull.paragraph || (bareAt.paragraph === firstFull.paragraph && bareAt.at < firstFull.at);
}

// A document's first bare use of a surname, read once: every possessive full name of that family, for each
// bare surname resolved, would otherwise scan the whole document again.
const bareUses = new WeakMap<readonly string[], Map<string, { paragraph: number; at: number } | null>>();
function rememberedBareUse(paragraphs: readonly string[], bare: string): { paragraph: number; at: number } | null {
  let known = bareUses.get(paragraphs);
  if (!known) bareUses.set(paragraphs, (known = new Map()));
  if (!known.has(bare)) known.set(bare, firstBareUse(paragraphs, bare));
  return known.get(bare)!;
}

// The surname on its own: not beside another capitalised word of a name ("Hillary Clinton", "Mr Kim").
function firstBareUse(paragraphs: readonly string[], bare: string): { paragraph: number; at: number } | null {
  const word = /[\p{Lu}][\p{L}'’-]*/gu;
  for (let p = paragraphs.length > 1 && isHeadline(paragraphs[0]!) ? 1 : 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    for (const w of text.matchAll(word)) {
      const token = w[0].replace(/['’]s?$/u, '');
      const parts = token.split('-');
      if (!parts.some((x) => nameWords(x)[0] === bare)) continue;
      if (parts.length === 1) {
        const before = text.slice(0, w.index).match(/([\p{L}.]+)[ \t]+$/u)?.[1];
        const after = text.slice(w.index + w[0].length).match(/^[ \t]+([\p{L}]+)/u)?.[1];
        if ((before && /^[\p{Lu}]/u.test(before)) || (after && /^[\p{Lu}]/u.test(after))) continue;
      }
      return { paragraph: p + 1, at: w.index };
    }
  }
  return null;
}

/**
 * Whether a document's first paragraph is its headline: one short sentence with no article, as headlines drop
 * them ("Aide who built Marsh archive gets deal"). A headline names people by surname alone because the lede
 * brings them in by full name, so its bare surname is no use the reader is taken to know.
 */
function isHeadline(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/u);
  return words.length >= 3 && words.length <= 16 && !/[.!?:]["”’']?\s+\S/u.test(t) && !words.some((w) => /^(?:a|an|the)$/iu.test(w.replace(/[^\p{L}]/gu, '')));
}
