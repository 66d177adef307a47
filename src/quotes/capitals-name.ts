/**
 * A person's name read from a label in capitals ("JANE ROE, ANALYST:", "MARA OLSEN (Norland) said"), shown as
 * names are written in running text.
 */

// A word wholly in capitals, of two letters or more (hyphens and apostrophes inside: "OKAFOR-LINDE", "O'NEIL").
const CAPITALS_WORD = /^[\p{Lu}][\p{Lu}'’-]*[\p{Lu}]$/u;
// Roman numerals after a name ("JOHN ROE III") stay in capitals.
const NUMERAL = /^(?:II|III|IV|VI|VII|VIII)$/u;

/**
 * The person's name `name` with each word in capitals written as `texts` write it elsewhere ("Kirby" for
 * "KIRBY"), else in the usual case of names ("OKAFOR-LINDE" as "Okafor-Linde"); a name with no word in
 * capitals is returned as it is.
 */
export function nameInNormalCase(name: string, texts: Iterable<string>): string {
  const words = name.split(/(\s+)/u);
  if (!words.some((w) => CAPITALS_WORD.test(w) && !NUMERAL.test(w))) return name;
  const sources = [...texts];
  return words.map((w) => (CAPITALS_WORD.test(w) && !NUMERAL.test(w) ? spelledElsewhere(w, sources) ?? titleCase(w) : w)).join('');
}

/** How the texts write the word in running text (its first letter a capital, not all of it), if they do. */
function spelledElsewhere(word: string, texts: readonly string[]): string | null {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'giu');
  for (const t of texts) {
    for (const m of t.matchAll(pattern)) {
      const seen = m[0];
      if (/^[\p{Lu}]/u.test(seen) && /[\p{Ll}]/u.test(seen)) return seen;
    }
  }
  return null;
}

/** The word with each part after a hyphen or apostrophe capitalised and the rest in small letters ("McADAM" kept as "Mcadam" is avoided: "Mc" keeps its next capital). */
function titleCase(word: string): string {
  return word.split(/([-'’])/u).map((part) => {
    if (part.length < 2) return part;
    const lower = part.toLowerCase();
    if (/^mc./u.test(lower)) return `Mc${lower.charAt(2).toUpperCase()}${lower.slice(3)}`;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  }).join('');
}

// A civic or courtesy title that only a person bears, before a name ("Councillor Jon Roe", "Mayor Ida Holm").
const PERSON_TITLE = /^(?:Councillor|Councilor|Cllr\.?|Alderman|Alderwoman|Mayor|Senator|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}$/u;

/**
 * Whether a speaker read as a body is a person by how it is written: every name of it a person's title before a
 * name ("Councillor Jon Roe", where "Roe" might be taken for a body's word), or a single word in capitals from a
 * label ("ROE:") that `texts` write as a person's surname after a given name ("Jane Roe") and never in capitals
 * elsewhere, as an acronym would be.
 */
export function personByForm(names: readonly string[], texts: readonly string[], isGivenName: (w: string) => boolean): boolean {
  if (names.length === 0) return false;
  if (names.every((n) => PERSON_TITLE.test(n))) return true;
  const word = names[0]!;
  if (!names.every((n) => n === word) || !/^[\p{Lu}]{3,}$/u.test(word)) return false;
  const surname = word.charAt(0) + word.slice(1).toLowerCase();
  const after = new RegExp(`([\\p{Lu}][\\p{Ll}]+)\\s+${surname}(?![\\p{L}])`, 'gu');
  const given = texts.some((t) => [...t.matchAll(after)].some((m) => m[1] !== 'The' && isGivenName(m[1]!)));
  // (Written in capitals in running text, not as a label opening a line: an acronym's use.)
  const capitals = new RegExp(`[\\p{Ll},;]\\s+${word}(?![\\p{L}])`, 'u');
  return given && !texts.some((t) => capitals.test(t));
}
