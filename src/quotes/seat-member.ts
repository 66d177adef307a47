/**
 * A member of a parliament described by their seat: "NAME, MP for Hollin Vale, said ... "...," the Hollin Vale MP
 * said" (or "the MP for Hollin Vale"). The text gave the seat to one person, whom the description means. When the
 * text gave no one that seat, "Opposition MP NAME urged ... "...," the Hollin Vale MP said" is the one member of
 * a parliament the text has named, just before, whose seat it did not give as another: news writing varies a
 * name so, never to bring in a second member unnamed.
 */
import type { NameMention } from './name-mentions.ts';

// The short titles of a member of a parliament or assembly (Westminster, Canada, Australia, Ireland, Malaysia's
// state assemblies), written in capitals.
const TITLE = String.raw`(?:MP|MLA|MPP|MEP|MSP|MHA|MNA|TD|ADUN)`;
const SEAT = String.raw`[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3}`;
// "the Hollin Vale MP", "the MP for Hollin Vale", "the member for Hollin Vale".
const DESCRIBED = new RegExp(String.raw`^[Tt]he\s+(?:(${SEAT})\s+${TITLE}|(?:${TITLE}|member)\s+for\s+(${SEAT}))$`, 'u');
// A member's title as a word of a role before the name: "Opposition MP", "Hollin Vale MP".
const TITLE_WORD = new RegExp(String.raw`(?:^|\s)${TITLE}$`, 'u');
// The seat a role before the name may give: the capitalised words before the title ("Hollin Vale MP"; or a party, "Labour MP").
const SEAT_BEFORE = new RegExp(String.raw`^(?:the\s+)?(${SEAT})\s+${TITLE}$`, 'u');
// The seat a phrase set off after the name gives: ", MP for Hollin Vale", ", the member for Hollin Vale", ", the Hollin Vale MP".
const SEAT_AFTER = new RegExp(String.raw`^,\s+(?:(?:the\s+)?(?:${TITLE}|member)\s+for\s+(${SEAT})|the\s+(${SEAT})\s+${TITLE})(?=[,.;]|\s+[\p{Ll}]|$)`, 'u');

// The same with words before the title ("the current MP for Hollin Vale", "a former member for Hollin Vale") or a time
// after the seat ("MP for Hollin Vale until 2019"): the seat given to one who may hold it now or may have held it.
const SEAT_AFTER_LOOSE = new RegExp(String.raw`^,\s+(?:the|a|an)?\s*(?:[\p{Ll}-]+\s+){0,2}(?:${TITLE}|member)\s+for\s+(${SEAT})(?=[,.;]|\s+[\p{Ll}]|$)`, 'u');

/** The seat (lower case) a description of a member names: "the Hollin Vale MP", "the MP for Hollin Vale" → "hollin vale"; else null. */
export function describedSeat(phrase: string): string | null {
  const m = DESCRIBED.exec(phrase.trim());
  const seat = m?.[1] ?? m?.[2];
  return seat ? seat.toLowerCase() : null;
}

/**
 * The person a description of a member by seat (`phrase`) means, read in paragraph `paragraph` (from 1) of
 * `paragraphs`: the one person the text gave that seat (set off after the name, or before it as "Hollin Vale MP
 * NAME"); when it gave no one the seat, the one member named in the document so far, in this paragraph or the one
 * before, whose seat it did not give set off. Null when the phrase is no such description or none or several fit.
 */
export function memberBySeat(phrase: string, paragraphs: readonly string[], mentions: readonly NameMention[], paragraph: number): string | null {
  const seat = describedSeat(phrase);
  if (!seat) return null;
  const upTo = mentions.filter((m) => m.paragraph <= paragraph && m.words.length >= 2);
  const givenAfter = (m: NameMention): string | null => {
    const after = (paragraphs[m.paragraph - 1] ?? '').slice(m.at + m.name.length);
    const s = SEAT_AFTER.exec(after);
    return s ? (s[1] ?? s[2])!.toLowerCase() : null;
  };
  const givenBefore = (m: NameMention): string | null => SEAT_BEFORE.exec(m.role?.trim() ?? '')?.[1]?.toLowerCase() ?? null;
  const holders = new Set(upTo.filter((m) => givenAfter(m) === seat || givenBefore(m) === seat).map((m) => m.compact));
  if (holders.size > 1) return null;
  // ("Ed Rusk, MP for Harwell until 2019, and Jana Pell, the current MP for Harwell": one given the seat with words
  // of time or office about it, "the current", "a former", is as likely the member meant: two may be, so no one.)
  const loosely = (m: NameMention): boolean => SEAT_AFTER_LOOSE.exec((paragraphs[m.paragraph - 1] ?? '').slice(m.at + m.name.length))?.[1]?.toLowerCase() === seat;
  if (upTo.some((m) => loosely(m) && !holders.has(m.compact))) return null;
  if (holders.size === 1) return upTo.find((m) => m.compact === [...holders][0])!.name;
  // (No one given the seat: the one member named, unless the text set another seat off after that name.)
  const members = upTo.filter((m) => givenAfter(m) !== null || TITLE_WORD.test(m.role?.trim() ?? ''));
  const compacts = new Set(members.map((m) => m.compact));
  if (compacts.size !== 1) return null;
  const seated = members.some((m) => givenAfter(m) !== null);
  const near = members.filter((m) => m.paragraph >= paragraph - 1).at(-1);
  if (seatTiedElsewhere(seat, paragraphs.slice(0, paragraph))) return null;
  return !seated && near ? near.name : null;
}

// The seat as a member's description: "Elmfield MP" (the title after it) or "the MP for Elmfield" (before it).
const TITLE_AFTER = new RegExp(String.raw`^\s+${TITLE}\b`, 'u');
const MEMBER_FOR_BEFORE = new RegExp(String.raw`\b(?:${TITLE}|member)\s+for\s+$`, 'iu');

/**
 * Whether the text up to the description's paragraph names the seat outside a member's description and outside
 * quoted words ("Her colleague from Elmfield was quieter."): then someone else is tied to the place, who may be
 * the member meant, so the one member named is no longer the only one the description can be.
 */
function seatTiedElsewhere(seat: string, paragraphs: readonly string[]): boolean {
  const escaped = seat.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
  const at = new RegExp(String.raw`(?<![\p{L}])${escaped}(?![\p{L}])`, 'giu');
  for (const p of paragraphs) {
    // (Quoted words are the speakers', not the text's own tie of a person to the place.)
    const prose = p.replace(/"[^"]*"|“[^”]*”/gu, (q) => ' '.repeat(q.length));
    for (const m of prose.matchAll(at)) {
      const before = prose.slice(Math.max(0, m.index - 20), m.index);
      const after = prose.slice(m.index + m[0].length, m.index + m[0].length + 8);
      const described = TITLE_AFTER.test(after) || MEMBER_FOR_BEFORE.test(before);
      if (!described) return true;
    }
  }
  return false;
}
