/**
 * "The agency said ...": a news agency's description points back to the news agency the text has just named
 * as one ("Text of report by state news agency KCNA", "the Yonhap news agency", "Lusa, the Portuguese news
 * agency"), though the description shares no word with its name. Only when that agency is the last body named
 * before the description, in its paragraph or the one before: "Yonhap reported that the intelligence service
 * briefed lawmakers. The agency said ..." may mean the service, and credits no one.
 */
import { classifyProperName, compactName, publicBodyName } from './names.ts';

const NAME = String.raw`([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})`;
// "news agency KCNA", "state news agency TASS", "wire service Lusa Nova" / "the Yonhap news agency" / "Lusa, the
// Portuguese news agency".
const NAMED_AGENCY: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:news|press|wire|state)\s+(?:agency|service)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`${NAME}\s+(?:news|press)\s+agency\b`, 'gu'),
  new RegExp(String.raw`${NAME}\s*,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:news|press)\s+agency\b`, 'gu'),
  // A name that says it is one: "the Korean Central News Agency", "Xinhua News Agency".
  new RegExp(String.raw`\b((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}(?:News|Press)\s+Agency)\b`, 'gu'),
];
// A name ending as peoples' adjectives do ("Portuguese", "South Korean", "Israeli", "Turkish").
const DEMONYM = /(?:an|ese|ish|i)$/u;
const LEADING = /^(?:The|A|An|In|On|At|By|But|And)\s+/u;
const CAPITALISED_RUN = /[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,4}/gu;

/** Whether `text` is a bare description of a news agency ("the agency", "the news agency"). */
export function isAgencyDescription(text: string): boolean {
  return /^the\s+(?:news\s+|state\s+)?agency$/iu.test(text.trim());
}

/**
 * The news agency "the agency" means at `upTo` in `paragraph` (the one before, `previous`, read when this one
 * names none before it): the name the text gave as a news agency's, when no other body is named after it.
 */
export function describedAgency(paragraph: string, upTo: number, previous: string | null): string | null {
  const here = lastAgency(paragraph.slice(0, upTo));
  if (here !== undefined) return here;
  if (previous === null) return null;
  const before = lastAgency(previous);
  // The paragraph's own words before the description may name another body ("The service, not the agency").
  return before && !namesOtherBody(paragraph.slice(0, upTo), before) ? before : null;
}

/** Whether `text` names a news agency as one ("the Yonhap news agency", "news agency KCNA"). */
export function namesNewsAgency(text: string): boolean {
  return lastAgency(text) !== undefined;
}

/** The last news agency named in `text` (null when another body is named after it), or undefined when none. */
function lastAgency(text: string): string | null | undefined {
  if (!/agency|service/iu.test(text)) return undefined;
  let best: { name: string; end: number } | null = null;
  for (const re of NAMED_AGENCY) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      let name = m[1]!;
      while (LEADING.test(name)) name = name.replace(LEADING, '');
      // "the Portuguese news agency", "South Korean news agency Yonhap": a people's adjective, no name.
      if (!name || DEMONYM.test(name)) continue;
      const end = m.index + m[0].length;
      if (!best || end > best.end) best = { name, end };
    }
  }
  if (!best) return undefined;
  return namesOtherBody(text.slice(best.end), best.name) ? null : best.name;
}

/** Whether `text` names a body other than `name` (its capitalised runs read as an organisation's). */
function namesOtherBody(text: string, name: string): boolean {
  const own = compactName(name);
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const run = m[0].replace(LEADING, '');
    if (!run || compactName(run) === own || run.split(/\s+/u).length < 2 && !/^[\p{Lu}]{2,6}$/u.test(run)) continue;
    if (publicBodyName(run) || classifyProperName(run) === 'organisation') return true;
  }
  return false;
}
