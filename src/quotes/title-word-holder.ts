/**
 * `Bundeskanzler Olaf Scholz said ... «...,» the Bundeskanzler said.`: a capitalised word the text set before one
 * person's full name as that person's title (an office in another language, "Bundeskanzler", "Taoiseach", that no
 * list of English titles knows) and then writes with "the" alone stands for that person, not for a body called
 * "the Bundeskanzler". Only when exactly one person named so far bore that title word before the name: with two
 * holders, or none, the phrase is left as it was read. The text is read too, not only the names the scan took:
 * the word before another capitalised pair of words the scan did not take for a name ("met Bürgermeister Katrin
 * Seel of Neudorf") is a second holder, and the word with "the" set off by an apposition ("The Stadtrat, the
 * town's council of 30 members,") is a body the text defined, so "the Stadtrat said" may be the body's: no one.
 */
import type { NameMention } from './name-mentions.ts';

const THE_WORD = /^the\s+([\p{Lu}][\p{L}'’-]+)$/u;

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Whether `paragraphs` (up to `paragraph`) set `word` before a capitalised pair of words other than `holder`'s name
 * (another holder the name scan missed), or write "the WORD" with an apposition or "which" after it (a body).
 */
function wordUsedOtherwise(word: string, holder: string, paragraphs: readonly string[], paragraph: number): boolean {
  const before = new RegExp(`(?<![\\p{L}])${escaped(word)}\\s+(\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+)`, 'gu');
  const defined = new RegExp(`(?<![\\p{L}])[Tt]he\\s+${escaped(word)},\\s+(?:the|a|an|which|whose)\\s`, 'u');
  for (const text of paragraphs.slice(0, paragraph)) {
    if (defined.test(text)) return true;
    for (const m of text.matchAll(before)) if (!holder.startsWith(m[1]!) && !m[1]!.startsWith(holder)) return true;
  }
  return false;
}

/**
 * The full name of the one person whose title before the name (in `mentions`, up to paragraph `paragraph`) was
 * the single capitalised word of `phrase` ("the Bundeskanzler"), or null; null too where `paragraphs` (the
 * document's) set the word before another capitalised pair or define "the WORD" as a body.
 */
export function titleWordHolder(phrase: string, mentions: readonly NameMention[], paragraph: number, paragraphs: readonly string[] = []): string | null {
  const m = THE_WORD.exec(phrase.trim());
  if (!m) return null;
  const word = m[1]!;
  const holders = mentions.filter((x) => x.paragraph <= paragraph && x.words.length >= 2 && x.role === word);
  if (!holders.length || new Set(holders.map((x) => x.compact)).size !== 1) return null;
  if (wordUsedOtherwise(word, holders[0]!.name, paragraphs, paragraph)) return null;
  return holders[0]!.name;
}
