/**
 * People named after an office that names its body with "of" ("Chairman of the State Affairs of the DPRK Kim
 * Jong Un", "Minister of Foreign Affairs of the Russian Federation Sergei Lavrov"): the capitalised runs of
 * `scanNameMentions` stop at "of the", so such a person is mentioned without the title, or not at all. Read
 * here, the office is the title a later description of the same office or country can reach.
 */
import { countryBefore } from './office-place.ts';
import type { NameMention } from './name-mentions.ts';
import { classifyProperName, compactName, lexFirstName, nameWords } from './names.ts';
import { PERSON_NOUNS, TITLES } from './speaker-phrases.ts';

const WORD = /[\p{L}][\p{L}'’.-]*/gu;
const CAPITALISED = /^[\p{Lu}]/u;
const JOINING = new Set(['of', 'the', 'and', 'for']);
const OF_BEFORE_CAPITAL = /\sof\s+(?:the\s+)?[^a-z\s]/;
const OFFICE_START = /(?<![\p{L}'’-])([\p{Lu}][\p{Ll}]+)\s+of\s+(?:the\s+)?[\p{Lu}]/gu;

/**
 * The people each paragraph names right after an office of the form "<Title> of <body>", with that office as
 * their role: the office opens with a capitalised title ("Chairman", "Minister"), its body is capitalised
 * words joined by "of", "the", "and", "for", and the name is the last two or three capitalised words, opening
 * with a known first name and read as a person's. Paragraphs are numbered from 1, as `scanNameMentions` does.
 */
export function scanOfficeMentions(paragraphs: readonly string[]): NameMention[] {
  const out: NameMention[] = [];
  paragraphs.forEach((text, i) => {
    // Only where a capitalised title stands before " of " and a capitalised word is the text read word by word.
    // An office inside one already read ("Ministers of the Republic of ..." in "Chairman of the Council of
    // Ministers of the Republic of ...") is part of it.
    // (OFFICE_START cannot match without " of " before a word that opens with no lowercase ASCII letter: a
    // plain expression tells most paragraphs apart before the unicode one tries every capitalised word.)
    if (!OF_BEFORE_CAPITAL.test(text)) return;
    let covered = -1;
    // (An exec loop, not matchAll, which copies the expression for every paragraph; no match is empty.)
    OFFICE_START.lastIndex = 0;
    for (let start = OFFICE_START.exec(text); start !== null; start = OFFICE_START.exec(text)) {
      if (start.index < covered) continue;
      const title = start[1]!.toLowerCase();
      if (!TITLES.has(title) || !PERSON_NOUNS.has(title)) continue;
      const window = text.slice(start.index, start.index + 240);
      const words = [...window.matchAll(WORD)].map((m) => ({ w: m[0].replace(/[.]+$/u, ''), at: m.index + start.index }));
      // The run of the office and the name: capitalised words and the words that join a body's name, with
      // nothing but spaces between them (a comma or a full stop ends it).
      let end = 2;
      while (end < words.length && end < 18 && (CAPITALISED.test(words[end]!.w) || JOINING.has(words[end]!.w)) && /^\s+$/u.test(text.slice(words[end - 1]!.at + words[end - 1]!.w.length, words[end]!.at))) end++;
      for (let p = Math.max(3, end - 3); p <= end - 2; p++) {
        const name = words.slice(p, end).map((x) => x.w);
        if (!CAPITALISED.test(words[p - 1]!.w) || !name.every((w) => CAPITALISED.test(w) && !/['’]s?$/u.test(w))) continue;
        if (!lexFirstName(name[0]!) || classifyProperName(name.join(' ')) !== 'person') continue;
        const full = name.join(' ');
        const office = text.slice(words[0]!.at, words[p - 1]!.at + words[p - 1]!.w.length);
        const country = countryBefore(text, start.index);
        const role = country ? `${country} ${office}` : office;
        out.push({ name: full, words: nameWords(full), compact: compactName(full), role, paragraph: i + 1, at: words[p]!.at });
        covered = words[end - 1]!.at;
        break;
      }
    }
  });
  return out;
}

/**
 * The mentions with the office read for the names found after one: an office replaces a role that holds no
 * title or person noun ("DPRK" read off "… of the DPRK Kim Jong Un"), and a name not mentioned at all is added,
 * in the paragraph's order.
 */
export function withOfficeMentions(mentions: readonly NameMention[], offices: readonly NameMention[]): NameMention[] {
  if (offices.length === 0) return [...mentions];
  const out = [...mentions];
  for (const o of offices) {
    const at = out.findIndex((m) => m.paragraph === o.paragraph && m.compact === o.compact && m.at >= o.at - 40 && m.at <= o.at);
    if (at >= 0) {
      const had = out[at]!.role;
      const titled = had !== null && had.toLowerCase().split(/\s+/u).some((w) => TITLES.has(w) || PERSON_NOUNS.has(w));
      if (!titled) out[at] = { ...out[at]!, role: o.role };
      continue;
    }
    out.push(o);
  }
  return out.sort((a, b) => a.paragraph - b.paragraph || a.at - b.at);
}
