/**
 * `Bundeskanzler Olaf Scholz said ... «...,» the Bundeskanzler said.`: a capitalised word the text set before one
 * person's full name as that person's title (an office in another language, "Bundeskanzler", "Taoiseach", that no
 * list of English titles knows) and then writes with "the" alone stands for that person, not for a body called
 * "the Bundeskanzler". Only when exactly one person named so far bore that title word before the name: with two
 * holders, or none, the phrase is left as it was read.
 */
import type { NameMention } from './name-mentions.ts';

const THE_WORD = /^the\s+([\p{Lu}][\p{L}'’-]+)$/u;

/**
 * The full name of the one person whose title before the name (in `mentions`, up to paragraph `paragraph`) was
 * the single capitalised word of `phrase` ("the Bundeskanzler"), or null.
 */
export function titleWordHolder(phrase: string, mentions: readonly NameMention[], paragraph: number): string | null {
  const m = THE_WORD.exec(phrase.trim());
  if (!m) return null;
  const word = m[1]!;
  const holders = mentions.filter((x) => x.paragraph <= paragraph && x.words.length >= 2 && x.role === word);
  if (!holders.length || new Set(holders.map((x) => x.compact)).size !== 1) return null;
  return holders[0]!.name;
}
