/**
 * A title that official style capitalises, "the Spokesperson", "the Rapporteur": it stands for the one person
 * the text named with that title set off after the name ("Jane Roe, Spokesperson for the Mayor"), however far
 * back, as a briefing's notes call their speaker so throughout.
 */
import type { NameMention } from './name-mentions.ts';

const CAPITALISED_TITLE = /^the\s+([\p{Lu}][\p{Ll}]+)$/u;

/** The one mention up to `paragraph` whose role opens with the description's capitalised title and "for/of/to"; else null. */
export function officialHolder(mentions: readonly NameMention[], description: string, paragraph: number): NameMention | null {
  const m = CAPITALISED_TITLE.exec(description.trim());
  if (!m) return null;
  const title = new RegExp(`^(?:the\\s+)?${m[1]!}\\s+(?:for|of|to)\\s+\\S`, 'u');
  const holders = mentions.filter((x) => x.paragraph <= paragraph && x.role && title.test(x.role));
  // Two people given the title: the text does not say which.
  return holders.length > 0 && holders.every((x) => x.compact === holders[0]!.compact) ? holders[0]! : null;
}
