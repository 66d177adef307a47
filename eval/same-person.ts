/**
 * Small rules the PolNeAR measure uses to tell whether two written names are one person (see `samePerson` in
 * `polnear.ts`). Each is a rule of how names are written in English news, never a list of the corpus's people.
 */

/**
 * Text that was UTF-8 read as Latin-1 ("FranÃ§ois" for "François"), read back as UTF-8; other text as it is.
 * Only a string holding the tell-tale pairs (Ã or Â, then a byte of a UTF-8 continuation) is decoded, and
 * only when the whole string decodes cleanly.
 */
export function decodeMojibake(text: string): string {
  // The corpus's text may hold the Ã decomposed (A and a combining tilde): composed first.
  const s = text.normalize('NFC');
  if (!/[\u00C2-\u00DF][\u0080-\u00BF]/u.test(s) || /[^\u0000-\u00FF]/u.test(s)) return text;
  const decoded = Buffer.from(s, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? text : decoded;
}

/**
 * A name as written with what is not the name taken off: a determiner and the lowercase words after it
 * before a capitalised name ("an angry Hollande", "A defensive Obama" → "Hollande", "Obama"), and a reflexive
 * after it ("Cruz himself" → "Cruz"). Only when what is left is a run of one to four capitalised words (a
 * name): "the senior Cruz adviser" keeps its words.
 */
export function bareName(name: string): string {
  let s = name.trim().replace(/\s+(?:himself|herself)$/iu, '');
  const lead = /^(?:a|an|the)\s+(?:\p{Ll}[\p{L}-]*\s+)+/u.exec(s) ?? /^(?:A|An|The)\s+(?:\p{Ll}[\p{L}-]*\s+)+/u.exec(s);
  if (lead) {
    const rest = s.slice(lead[0].length);
    if (/^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}$/u.test(rest)) s = rest;
  }
  return s;
}

/**
 * Titles of rank or office that stand before a surname ("Professor Alba", "Justice Scalia", "Admiral Harris",
 * "Chief Williams"): taken off only at the head of a name, since some are surnames too ("Mark Judge").
 */
export const LEADING_TITLES = new Set(
  'professor prof justice judge admiral adm chief general lt lieutenant col colonel capt captain sgt sergeant mister mayor ambassador chairman chairwoman speaker dean father sister bishop cardinal pope king queen prince princess sheikh'.split(' '),
);

/**
 * Well-known English nicknames and the formal first names they stand for (a small list: no npm package of
 * nicknames is installed). "Chuck Grassley" is "Charles Grassley"; "Sandy Paradis" is "Sandra Paradis".
 */
const NICKNAMES: Record<string, string[]> = {
  al: ['albert', 'alan', 'allen', 'alfred'],
  andy: ['andrew'],
  ben: ['benjamin'],
  bernie: ['bernard'],
  beth: ['elizabeth'],
  betsy: ['elizabeth'],
  bill: ['william'],
  billy: ['william'],
  bob: ['robert'],
  bobby: ['robert'],
  chris: ['christopher', 'christine', 'christina'],
  chuck: ['charles'],
  dan: ['daniel'],
  danny: ['daniel'],
  dave: ['david'],
  dick: ['richard'],
  don: ['donald'],
  ed: ['edward'],
  eddie: ['edward'],
  fred: ['frederick'],
  freddy: ['frederick'],
  greg: ['gregory'],
  hank: ['henry'],
  jack: ['john'],
  jim: ['james'],
  jimmy: ['james'],
  joe: ['joseph'],
  jon: ['jonathan'],
  kate: ['katherine', 'catherine', 'kathryn'],
  kathy: ['katherine', 'catherine', 'kathleen'],
  ken: ['kenneth'],
  larry: ['lawrence'],
  liz: ['elizabeth'],
  matt: ['matthew'],
  mike: ['michael'],
  mitch: ['mitchell'],
  newt: ['newton'],
  nick: ['nicholas'],
  pat: ['patrick', 'patricia'],
  pete: ['peter'],
  rick: ['richard'],
  rob: ['robert'],
  ron: ['ronald'],
  sam: ['samuel', 'samantha'],
  sandy: ['sandra', 'alexandra'],
  steve: ['stephen', 'steven'],
  sue: ['susan'],
  ted: ['edward', 'theodore'],
  tim: ['timothy'],
  tom: ['thomas'],
  tony: ['anthony'],
  vicky: ['victoria'],
  will: ['william'],
};

/** Whether two first names (lowercase) are one: the same, or a well-known nickname and its formal name. */
export function sameFirstName(a: string, b: string): boolean {
  return a === b || (NICKNAMES[a]?.includes(b) ?? false) || (NICKNAMES[b]?.includes(a) ?? false) || doubledLetter(a, b) || doubledLetter(b, a);
}

/** Whether `b` is `a` with one letter doubled ("Hilary" / "Hillary", "Philip" / "Phillip"): one name spelt two ways. */
function doubledLetter(a: string, b: string): boolean {
  if (b.length !== a.length + 1 || a.length < 4) return false;
  for (let i = 1; i < b.length; i++) if (b[i] === b[i - 1] && b.slice(0, i) + b.slice(i + 1) === a) return true;
  return false;
}

/**
 * Whether a speaker's name is no name: it opens on a lowercase preposition, conjunction or speech verb ("for
 * Clinton", "and Sanders", "said Comey"), a piece of a sentence, never a person however its last word reads.
 */
export function isJunkName(name: string): boolean {
  return /^(?:for|of|to|and|or|but|with|by|from|against|as|at|in|on|about|said|says|told|than)\s/u.test(name.trim());
}
