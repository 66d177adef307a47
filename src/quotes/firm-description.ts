/**
 * "Shares in Brask Defence Systems fell after the drone maker told investors ...": a definite description of a
 * firm ("the company", "the shipbuilder", "the drone maker") points back to the firm the text has just named,
 * though it shares no word with its name, when that firm is the one name of two words or more before it in its
 * paragraph (or, when this one names none before it, in the paragraph before). Two names leave the description to
 * stand on its own: either may be meant.
 */
import { isKindOfAny, pertainsTo } from '../text/wordnet.ts';
import { classifyProperName, compactName, firmName, INNER_PARTICLE, lexTags } from './names.ts';
import { firmMarked, isBodyNoun } from './body-names.ts';
import { wordNetPerson } from './speaker-phrases.ts';

// What WordNet files a firm's description under: "maker", "shipbuilder", "automaker", "airline", "company", "firm".
const FIRM_KINDS: ReadonlySet<string> = new Set(['business', 'company', 'enterprise', 'manufacturer']);
// "the company", "the artillery maker", "the state-owned shipbuilder": "the", up to two lower-case words, the head.
const FIRM_DESCRIPTION = /^the\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u;
// Heads any body may be called by, public bodies first ("the agency"): read by `body-description.ts`.
const GENERAL_BODY_HEADS = new Set(['agency', 'organisation', 'organization', 'body', 'institution']);
const LEADING = /^(?:The|A|An|In|On|At|By|But|And|Shares)\s+/u;
const PLACE_NAME_TAG = /^(?:Country|City|Region|Continent)$/u;
const COURTESY_OPENING = /^(?:Mr|Mrs|Ms|Miss|Dr|Rev|Revd|Sir|Dame|Prof)\.?\s/u;
// (A name's lowercase particle stays inside it: "Serra Madeiras do Sul" is one name, not "Serra Madeiras" and "Sul".)
const CAPITALISED_RUN = new RegExp(String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+${INNER_PARTICLE}?[\p{Lu}][\p{L}'’.-]*){0,4}`, 'gu');

/** Whether `text` is a definite description of a firm ("the company", "the artillery maker"). */
export function isFirmDescription(text: string): boolean {
  const m = FIRM_DESCRIPTION.exec(text.trim());
  if (!m || GENERAL_BODY_HEADS.has(m[1]!)) return false;
  // (Two steps up only: further up, "minister" and "president" reach a business by way of their offices.)
  return FIRM_KINDS.has(m[1]!) || isKindOfAny(m[1]!, FIRM_KINDS, 2);
}

/**
 * The firm a description at `upTo` in `paragraph` means: the one name before it there, when that body's name
 * is a firm's and no other name stands there (`previous`, the paragraph before, is read when this one names no body before it); else null.
 */
export function describedFirm(paragraph: string, upTo: number, previous: string | null): string | null {
  const here = withoutOwnSpokespeople(paragraph.slice(0, upTo), namesIn(paragraph.slice(0, upTo)));
  if (here.length > 0) return here.length === 1 && firmName(here[0]!) ? here[0]! : apposedFirm(paragraph.slice(0, upTo), here) ?? servedFirm(paragraph.slice(0, upTo), here);
  if (previous === null) return null;
  const before = withoutOwnSpokespeople(previous, namesIn(previous));
  return before.length === 1 && firmName(before[0]!) ? before[0]! : apposedFirm(previous, before);
}

// "A spokeswoman for the company, Ana Roe,": one who speaks for a firm the text calls only by a description, her
// name set off after it.
const SPEAKS_FOR_DESCRIBED = /(?:^|[\s(])(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:spokesperson|spokesman|spokeswoman|representative)\s+(?:for|of|at)\s+(the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s+([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){1,3})(?=\s*[,.;])/gu;

/**
 * `names` less the people `text` sets off as speaking for a firm it calls by a description ("A spokeswoman for the
 * company, Ana Roe,"): she is that firm's voice, no rival body a later "the company" could mean.
 */
function withoutOwnSpokespeople(text: string, names: readonly string[]): string[] {
  const voices = new Set([...text.matchAll(SPEAKS_FOR_DESCRIBED)].filter((m) => isFirmDescription(m[1]!)).map((m) => compactName(m[2]!)));
  return voices.size === 0 ? [...names] : names.filter((n) => !voices.has(compactName(n)));
}

// "Varo Link, a joint venture of Kell Docks and Brisk Lines," / "a joint venture between ...": a name, then a
// firm's description set off after it, up to the comma or stop closing it (owners and places may sit inside).
const NAME_THEN_FIRM = new RegExp(String.raw`(?<![\p{L}'’.&-])([\p{Lu}][\p{L}'’.&-]*(?:\s+${INNER_PARTICLE}?[\p{Lu}][\p{L}'’.&-]*){1,4})\s*,\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)(?=\s*[,.;]|\s+(?:of|between|owned|set|formed|based|in|that|which|with|from|run|operated|backed)\b)([^,.;]*)`, 'gu');
// "The joint venture that runs the pier, Varo Link,": a firm's description with its clause, then the name set off.
const FIRM_THEN_NAME = /(?:^|[\s(])(?:[Tt]he|[Aa]n?)\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:that|which)\s+[^,.;]*,\s+([\p{Lu}][\p{L}'’.&-]*(?:\s+[\p{Lu}][\p{L}'’.&-]*){1,4})(?=\s*[,.;])/gu;

/**
 * The one name in `text` that the text itself sets off with a firm's description (`NAME_THEN_FIRM`,
 * `FIRM_THEN_NAME`), when every other name of `names` stands inside that description (a joint venture's owners,
 * the place it runs): the firm a later "the company" means, though its name bears no mark of a firm. Else null.
 */
function apposedFirm(text: string, names: readonly string[]): string | null {
  const found = firmsSetOff(text);
  const firm = new Set(found.map((f) => compactName(f.name)));
  if (firm.size !== 1) return null;
  const name = found[0]!.name;
  const inside = (n: string): boolean => found.some((f) => text.slice(f.from, f.to).includes(n));
  return names.every((n) => compactName(n) === compactName(name) || inside(n)) ? name : null;
}

// "NAME, a spokesperson for German pump maker FIRM": a person's name set off with a role of one who speaks for or
// works at a body, then (after the preposition) perhaps a people's adjective, a firm's trade in lowercase words
// and the firm's name.
const SERVES_FIRM = new RegExp(String.raw`([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){1,3}),\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(spokesperson|spokesman|spokeswoman|representative|executive|director|officer|manager|engineer|employee)\s+(?:for|of|at|with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+([\p{Lu}][\p{L}'’.&-]*(?:\s+${INNER_PARTICLE}?[\p{Lu}][\p{L}'’.&-]*){1,4})(?=\s*[,.;])`, 'gu');

/**
 * The firm a person the text sets off as its spokesperson (or officer) serves, named after its trade ("said Tom
 * Reed, a spokesperson for pump maker Reed Hydraulik."), when every name of `names` is that person's or the
 * firm's: the person is no firm a later "the company" could mean, though the firm's name bears no mark of one.
 * Else null.
 */
function servedFirm(text: string, names: readonly string[]): string | null {
  const found = [...text.matchAll(SERVES_FIRM)].filter((m) => isFirmDescription(`the ${m[3]!}`));
  if (found.length !== 1) return null;
  const [, person, , , firm] = found[0]!;
  const own = new Set([compactName(person!), compactName(firm!)]);
  return names.every((n) => own.has(compactName(n))) ? firm! : null;
}

/** Each name `text` sets off with a firm's description, and where that description stands. */
function firmsSetOff(text: string): { name: string; from: number; to: number }[] {
  const found: { name: string; from: number; to: number }[] = [];
  for (const m of text.matchAll(NAME_THEN_FIRM)) {
    // ("Tarvo Rail, the state-owned operator of the main lines,": what is owned or listed is a firm, whatever the noun.)
    if (!OWNED_DESCRIPTION.test(m[2]!) && (!isFirmDescription(`the ${m[2]!}`) || personNamed(m[1]!, m[2]!))) continue;
    found.push({ name: m[1]!, from: m.index + m[1]!.length, to: m.index + m[0].length });
  }
  for (const m of text.matchAll(FIRM_THEN_NAME)) {
    if (!isFirmDescription(`the ${m[1]!}`) || personNamed(m[2]!, m[1]!)) continue;
    found.push({ name: m[2]!, from: m.index, to: m.index + m[0].length - m[2]!.length });
  }
  return found;
}

// A description opening on a word of ownership or listing: "state-owned operator", "family-run business".
const OWNED_DESCRIPTION = /^(?:[\p{L}]+-)?(?:owned|run|listed|controlled)\s/u;

/**
 * Whether a name set off with `description`, a noun a person may bear too ("a violin maker"), may be a person's:
 * it bears no firm's mark of its own ("Tarn Bellow", not "Bellow Instruments"). A firm's noun alone ("a shipping
 * company") settles it.
 */
function personNamed(name: string, description: string): boolean {
  // (A noun WordNet also files under people that only a body is called when set off after a name: "Serra Norte,
  // the local subsidiary of a timber group," is a firm, as no one is called a subsidiary.)
  const head = description.split(/\s+/u).at(-1)!;
  return wordNetPerson(head) && !isBodyNoun(head) && !firmMarked(name.split(/\s+/u));
}

/**
 * The firm a document's opening paragraph names as its one firm ("Shares in Brask Terminals fell after the port
 * operator ..."): a business story's "the company" means it further down, however far, unless the description's
 * own paragraph or the one before names another firm (which the nearer reading then decides, or nobody). Null
 * when the opening names no firm or two.
 */
export function openingFirm(description: string, paragraphs: readonly string[], paragraph: string, upTo: number, previous: string | null): string | null {
  // (Only the firm's generic heads: a noun of its trade, "the shipbuilder", is read near its name alone.)
  if (!GENERIC_FIRM.test(description.trim())) return null;
  const opening = paragraphs.find((p) => p.trim() !== '');
  if (opening === undefined) return null;
  // (Any body's name beside it is a rival: "Kvist Marine, a shipbuilder, and Holm Yards, another".)
  // (A name the opening sets off as a firm is one, though it bears no mark of a firm; the owners named inside
  // its description are no rivals: "Varo Link, a joint venture of Kell Docks and Brisk Lines, ...".)
  const setOff = new Set(firmsSetOff(opening).map((f) => compactName(f.name)));
  const apposed = apposedFirm(opening, namesIn(opening));
  const bodies = apposed ? [apposed] : namesIn(opening).filter((n) => firmName(n) || setOff.has(compactName(n)) || classifyProperName(n) === 'organisation');
  if (bodies.length !== 1 || !(firmName(bodies[0]!) || setOff.has(compactName(bodies[0]!)))) return null;
  const firm = compactName(bodies[0]!);
  const near = [...namesIn(paragraph.slice(0, upTo)), ...namesIn(previous ?? '')];
  return near.some((n) => (firmName(n) || classifyProperName(n) === 'organisation') && compactName(n) !== firm) ? null : bodies[0]!;
}

const GENERIC_FIRM = /^the\s+company$/iu;

/** The distinct names in `text`, capitalised runs of two words or more (a body's or anyone's). */
function namesIn(text: string): string[] {
  const out = new Map<string, string>();
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    let run = m[0];
    while (LEADING.test(run)) run = run.replace(LEADING, '');
    // (A run that took in the next sentence's article after a full stop, "Pusanport. A", ends at the stop.)
    run = run.replace(/\.\s+(?:A|An|The)$/u, '');
    // (A run after "of" is the tail of a longer name: "the Minister of Natural Resources".)
    // (Not after "Shares of": "Shares of Kell Marine Works rose" names the firm whole, the run before it no name.)
    if (run.split(/\s+/u).length < 2 || (/\bof\s+$/u.test(text.slice(Math.max(0, m.index - 4), m.index)) && !/\b[Ss]hares\s+of\s+$/u.test(text.slice(Math.max(0, m.index - 11), m.index)))) continue;
    // (A courtesy title opens a person's name only, never a firm's: "read out by Ms Roe, the company said" has
    // one firm named before it.)
    if (COURTESY_OPENING.test(run)) continue;
    // (Nor is a people's adjective before a lower-case noun, "South Korean manufacturer Kell Precision": it says
    // where the firm is from, and the firm is the one name.)
    const last = run.split(/\s+/u).at(-1)!;
    if (/^\s+[\p{Ll}]/u.test(text.slice(m.index + m[0].length)) && /(?:an|ese|ish|ic|i)$/u.test(last) && pertainsTo(last).length > 0) continue;
    // (Nor is a country's or a city's name a rival: in "Kvist Holding said it does not ship to North Korea. The
    // company said ..." one firm is named before the description.)
    // (The run may have taken in the next sentence's first word after the place's full stop: "North Korea. The".)
    if (lexTags(run.replace(/\.(?:\s+[\p{Lu}][\p{Ll}]*)?$/u, '')).some((t) => PLACE_NAME_TAG.test(t))) continue;
    // (Any name counts, a person's too: "Kvist Marine, a shipbuilder, and Holm Yards, another," may read Holm
    // Yards as a person's name, and the description then fits either.)
    out.set(compactName(run), run);
  }
  return [...out.values()];
}
