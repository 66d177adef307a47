/**
 * Names the text itself shows to be a body's, not a person's, whatever their words look like: "Harbour Hope,
 * a local charity," or "the charity Harbour Hope" reads as a person's name to a lexicon ("Hope" is a given
 * name), but the text has said what it is. Such a name is an organisation in that document. (Papers and
 * broadcasters are `medium-names.ts`'s: they are also the medium a paper's voice belongs to.)
 */
import { anySubstring } from '../text/substring-set.ts';
import { compactName, firmName, INNER_PARTICLE, lexFirstName, namesByPattern } from './names.ts';
import { inWordNet, isKnownFirstName } from './first-names.ts';
import { escapeRegExp } from '../text/regexp.ts';

// A capitalised run of one to five words, the name looked for.
// (A name's lowercase particle stays inside it: "Serra Madeiras do Sul, a timber firm,".)
const NAME = String.raw`((?<![\p{L}'’.-])[\p{Lu}][\p{L}'’.-]*(?:\s+${INNER_PARTICLE}?[\p{Lu}][\p{L}'’.-]*){0,4})`;
// Nouns that say a name is a body's, never a person's.
const BODY_WORDS = ['charity', 'firm', 'company', 'corporation', 'foundation', 'organisation', 'organization', 'association', 'ministry', 'institute', 'think tank', 'nonprofit', 'non-profit', 'consultancy', 'conglomerate', 'watchdog', 'lobby group', 'pressure group', 'rights group', 'campaign group', 'trade union', 'airline', 'start-up', 'startup', 'subsidiary'];
const BODY = String.raw`(?:${BODY_WORDS.map((w) => w.replace(' ', String.raw`\s+`)).join('|')})`;
// Words between the article and the noun that would make the noun another's ("a lawyer who founded a charity",
// "a trustee of the charity", "her charity").
const NOT_BETWEEN = String.raw`(?!(?:for|at|with|of|to|on|in|by|from|and|or|who|whom|whose|which|that|his|her|their|its|he|she|they)\s)`;

const PATTERNS: readonly RegExp[] = [
  // Apposition: "Harbour Hope, a local charity," / "Brask Morrow, the firm that built the quay,".
  new RegExp(String.raw`${NAME}\s*,\s+(?:the|a|an)\s+(?:${NOT_BETWEEN}[\p{L}'’-]+\s+){0,4}?${BODY}(?=\s*[,.;)]|\s+(?:of|in|from|based|owned|run|that|which|known|behind|founded)\b)`, 'gu'),
  // The noun before the name: "the charity Harbour Light said", "the Lisbon-based firm Brask Morrow,". Only
  // when the name ends its phrase or speaks: "the charity Jane Roe runs", "the firm Jane Roe had founded" are
  // her charity and her firm.
  new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}'’-]+\s+){0,2}${BODY}\s+${NAME}(?=\s*[,.;)]|\s+(?:said|says|warned|told|added|urged|argued|called|wrote)\b)`, 'gu'),
];

// What each pattern needs after its name, in the same words (each pattern's own tail, or its noun and the capital
// that opens the name): a cheap test before the pattern, whose name tried at every capital of the paragraph
// costs more than the test, and the paragraphs that pass the word test but hold neither are most of them.
const NEEDS: readonly RegExp[] = [
  new RegExp(String.raw`,\s+(?:the|a|an)\s+(?:${NOT_BETWEEN}[\p{L}'’-]+\s+){0,4}?${BODY}(?=\s*[,.;)]|\s+(?:of|in|from|based|owned|run|that|which|known|behind|founded)\b)`, 'u'),
  new RegExp(String.raw`${BODY}\s+[\p{Lu}]`, 'u'),
];

const hasAny = anySubstring(BODY_WORDS.map((w) => w.split(' ').at(-1)!));

// Owned, run, listed or controlled as a whole, set off right after the name: "Tarvo Rail, the state-owned operator
// of ...", "Kell Docks, a family-run business,". What is owned or listed is a body, whatever noun follows (a
// person may be "state-backed" or "Kremlin-friendly", never "state-owned").
const OWNED_APPOSITION = new RegExp(String.raw`${NAME}\s*,\s+(?:the|a|an)\s+(?:(?:[\p{L}]+-)?(?:owned|run|listed|controlled)|privately\s+held|publicly\s+(?:listed|traded|owned))\s+[\p{Ll}-]+`, 'gu');
const OWNED_NEEDS = /(?:-(?:owned|run|listed|controlled)|privately\s+held|publicly\s+(?:listed|traded|owned))\s/u;
const BODY_NOUNS: ReadonlySet<string> = new Set(BODY_WORDS);

/** Whether a noun says a name set off with it is a body's, never a person's ("a subsidiary", "a charity"). */
export function isBodyNoun(noun: string): boolean {
  return BODY_NOUNS.has(noun.toLowerCase());
}


// A capitalised run of three to five words, a firm's full name looked for ("Brask Marrow Holdings").
const FULL_NAME = /(?<![\p{L}'’.-])[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){2,4}(?![\p{L}'’.-])/gu;

/**
 * The words of a firm's full name before its trade word ("Brask Marrow" of "Brask Marrow Holdings"), which a
 * report uses for the firm after naming it in full; null when the name is no firm's, when the words left are one
 * (a one-word name may be a surname) or open with a given name ("Jane Roe" of "Jane Roe Consulting" is a woman).
 */
export function firmShortName(run: string): string | null {
  const words = run.trim().replace(/^(?:The|A|An|In|On|At|But|And)\s+/u, '').split(/\s+/u);
  if (words.length < 3 || !firmName(words.join(' '))) return null;
  const first = words[0]!;
  if (lexFirstName(first) || isKnownFirstName(first)) return null;
  return words.slice(0, -1).join(' ');
}

// A one-word name set before a body's noun as its modifier, after "the": "at the Harbourline investment bank", "the
// Orvik shipping firm". (Trade nouns only: "the Roe campaign", "the Roe family" are a person's.)
const MODIFIER_NOUN_WORDS = ['bank', 'lender', 'insurer', 'brokerage', 'firm', 'company', 'corporation', 'conglomerate', 'consultancy', 'airline', 'carmaker', 'shipyard', 'retailer'];
const MODIFIER_NOUNS = `(?:${MODIFIER_NOUN_WORDS.join('|')})`;
// (A word test before the expression: most paragraphs hold none of the nouns, and the alternation is tried at
// every character of them.)
const hasModifierNoun = anySubstring(MODIFIER_NOUN_WORDS);
const NAME_AS_MODIFIER = new RegExp(String.raw`\b(?:the|The)\s+([\p{Lu}][\p{Ll}]+)\s+(?:[\p{Ll}-]+\s+){0,2}?${MODIFIER_NOUNS}\b`, 'gu');
// A one-word name right before a lowercase "party", after "the": "a charge the Vanguard party rejected". A party
// goes by that word alone after ("Vanguard said in a statement"); nothing may stand between, so "the mayor told
// the party" leaves "Mayor" alone.
const NAME_OF_PARTY = /\b(?:the|The)\s+([\p{Lu}][\p{Ll}]+)\s+party\b/gu;

/**
 * The one-word names the text sets before a trade noun as a body's ("the Harbourline investment bank", "the Vanguard
 * party"), unless the document also gives the word as a person's surname, a capitalised word or a given name before
 * it ("Ola Harbourline", "Mr. Harbourline"), or the word is a given name itself.
 */
function modifierBodies(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of paragraphs) {
    const trade = hasModifierNoun(text) && /(?:bank|lender|insurer|brokerage|firm|company|corporation|conglomerate|consultancy|airline|carmaker|shipyard|retailer)\b/u.test(text);
    const party = text.includes(' party');
    if (!trade && !party) continue;
    for (const m of [...(trade ? text.matchAll(NAME_AS_MODIFIER) : []), ...(party ? text.matchAll(NAME_OF_PARTY) : [])]) {
      const name = m[1]!;
      if (lexFirstName(name) || isKnownFirstName(name)) continue;
      const surname = new RegExp(String.raw`(?<![\p{L}])(?!(?:The|A|An|At|In|On|For|From|By|With|And|But|Of|To|As)\s)[\p{Lu}][\p{L}'’.-]*\.?\s+${name}(?![\p{L}])`, 'u');
      if (paragraphs.some((p) => surname.test(p))) continue;
      out.push(name);
    }
  }
  return out;
}

// Trades a firm and a craftsman share ("a maker of drill bits", "a supplier of steel"): a body's only when the
// name set off before them opens with no given name ("Kestrel Tooling, a listed maker of ..."; not "Tom Roe, a
// violin maker,").
const TRADE = String.raw`(?:maker|manufacturer|supplier|exporter)`;
const TRADE_APPOSITION = new RegExp(String.raw`${NAME}\s*,\s+(?:the|a|an)\s+(?:${NOT_BETWEEN}[\p{L}'’-]+\s+){0,4}?${TRADE}(?=\s+of\b)`, 'gu');
// A trade named by what is made alone ("a violin maker", "a steel supplier") is a craftsman's as often as a firm's:
// the name must bear a firm's mark of its own ("Bellow Instruments"; not "Tarn Bellow").
const BARE_TRADE_APPOSITION = new RegExp(String.raw`${NAME}\s*,\s+(?:the|a|an)\s+(?:${NOT_BETWEEN}[\p{L}'’-]+\s+){0,4}?${TRADE}(?=\s*[,.;)]|\s+(?:in|from|based|owned|that|which)\b)`, 'gu');
const TRADE_NEEDS = new RegExp(String.raw`,\s+(?:the|a|an)\s+(?:${NOT_BETWEEN}[\p{L}'’-]+\s+){0,4}?${TRADE}(?=\s*[,.;)]|\s+(?:of|in|from|based|owned|that|which)\b)`, 'u');
const hasTrade = anySubstring(['maker', 'manufacturer', 'supplier', 'exporter']);

/** The names set off before a trade a firm shares with people, when they open with no given name (see `TRADE`). */
function tradeBodies(text: string, paragraphs: readonly string[]): string[] {
  if (!hasTrade(text)) return [];
  const out: string[] = [];
  const bare = new Set(namesByPattern(text, [BARE_TRADE_APPOSITION], [TRADE_NEEDS]));
  for (const name of [...namesByPattern(text, [TRADE_APPOSITION], [TRADE_NEEDS]), ...bare]) {
    const words = name.replace(/^(?:The|A|An|In|On|At|But|And)\s+/u, '').split(/\s+/u);
    if (words.length < 2 || lexFirstName(words[0]!) || isKnownFirstName(words[0]!)) continue;
    if (bare.has(name) && !firmMarked(words)) continue;
    out.push(words.join(' '));
    // A firm of two words goes by its first after ("Brask Tooling ... Brask said"), unless the document also
    // gives that word to someone as a surname ("Ola Brask").
    if (words.length === 2 && !surnameInText(words[0]!, paragraphs)) out.push(words[0]!);
  }
  return out;
}

/** Whether a name's own words mark a firm: a word of trade, or a last word that is a plural noun or a noun in "-ing" ("Instruments", "Tooling"). */
export function firmMarked(words: readonly string[]): boolean {
  if (firmName(words.join(' '))) return true;
  const last = words.at(-1)!.toLowerCase();
  return (/[^s]s$/u.test(last) && inWordNet(last.slice(0, -1))) || (/ing$/u.test(last) && inWordNet(last));
}

/** Whether a capitalised word other than a sentence's opening word stands right before `name` in any paragraph ("Ola Brask", "Mr. Brask"). */
function surnameInText(name: string, paragraphs: readonly string[]): boolean {
  const surname = new RegExp(String.raw`(?<![\p{L}])(?!(?:The|A|An|At|In|On|For|From|By|With|And|But|Of|To|As)\s)[\p{Lu}][\p{L}'’.-]*\.?\s+${escapeRegExp(name)}(?![\p{L}])`, 'u');
  return paragraphs.some((p) => surname.test(p));
}

/** The compact forms of the names a document's own words describe as a body (a charity, a firm, a ministry). */
export function bodyNames(paragraphs: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const name of modifierBodies(paragraphs)) found.add(compactName(name));
  for (const text of paragraphs) {
    // An exec loop, not matchAll, which copies the expression for every paragraph. (FULL_NAME never matches empty
    // text, so the loop moves on.)
    FULL_NAME.lastIndex = 0;
    for (let m = FULL_NAME.exec(text); m !== null; m = FULL_NAME.exec(text)) {
      const short = firmShortName(m[0]);
      if (short) found.add(compactName(short));
    }
    for (const name of tradeBodies(text, paragraphs)) found.add(compactName(name));
    if (OWNED_NEEDS.test(text)) for (const name of namesByPattern(text, [OWNED_APPOSITION], [OWNED_NEEDS])) found.add(compactName(name));
    if (!hasAny(text.toLowerCase())) continue;
    for (const name of namesByPattern(text, PATTERNS, NEEDS)) found.add(compactName(name));
  }
  return found;
}
