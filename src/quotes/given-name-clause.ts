/**
 * One described and then named by a clause saying the name was all they gave: `A father waiting at the gate,
 * who gave his name only as Piotr, hoped ...`, `A nurse, who gave only her first name, Greta, said ...`,
 * `A trader, who would give only his first name, Ali, ...`. News writing names such a source so, and a later
 * "he said" is that person's: the subject is the name the clause gives, not the description. A call sign,
 * nickname or code name given in quotation marks instead (`who gave only his call sign, "Wolf",`) is a label,
 * not a name of record nor a quote: the subject is the one described, a source the writer reached, set up to
 * speak next.
 */
import { anySubstring } from '../text/substring-set.ts';
import { commonWordNotName, firstNameGender } from './first-names.ts';

// The description (a determiner first, no comma), perhaps a clause set off before ("reached by phone"), then
// the naming clause (a name, or a label in quotation marks, given in the past or the present: "who gives his
// name only as") and a verb after its comma. An opening participle of being asked or reached may come first
// ("Asked about the fire, the cook, who ..."): the subject is still the one described. So may a phrase of the
// means or the time ("In an email, the owner, who gave her name only as Greta, wrote: ...", "On Friday, ...").
const GIVEN_NAME = /^\s*(?:(?:But|And|Yet|Meanwhile)\s+)?(?:(?:Asked|Reached|Contacted|Interviewed|Approached|Pressed|In|On|By|Over|Via)\s+[^,;:"“”_]{1,60},\s+)?((?:A|An|One|Another|The|a|an|another|the)\s+[^,;:"“”_]{1,80}?)(?:,\s+(?:who|speaking|reached|interviewed|contacted|asked)\b[^,;:"“”_]{0,100})?(?:,\s+|,\s+(?:a|an)\s+[^,;:"“”_]{1,60}?\s+)who\s+(?:gave|gives|would\s+give|offered|would\s+only\s+give|only\s+gave)\s+(?:only\s+)?(his|her)\s+(?:(?:first|given)\s+name|name|(call\s+sign|callsign|nickname|nom\s+de\s+guerre|code\s+name|codename|military\s+nickname))(?:\s+only)?(?:\s+as)?,?\s+(?:([\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+)?)|["“][^"“”]{1,40}["”]),\s+(?:also\s+|then\s+|later\s+)?[\p{Ll}]/u;

// "The next listener, a woman who identified herself as Ms. Lind from Dover, said ...", "A caller who identified
// himself only as Mr. Berg, a retired pilot, said ...", "A young man who introduced himself only as Emil, ...": the description (a determiner first), perhaps a noun of
// person after its comma, the clause giving the name (an honorific kept out), where the person is from, perhaps a
// role set off, then the verb after the comma.
const IDENTIFIED = /^\s*(?:(?:But|And|Yet|Meanwhile)\s+)?((?:A|An|One|Another|The)\s+[^,;:"“”_]{1,80}?)(?:,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:woman|man|person|caller|listener|reader|viewer|resident|voter|worker))?\s+who\s+(?:identified|introduced)\s+(himself|herself)\s+(?:only\s+)?as\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+)?)(?:\s+(?:from|of|in)\s+[\p{Lu}][^,;:"“”_]{0,40})?(?:,\s+(?:a|an)\s+[^,;:"“”_]{1,80})?,\s+(?:also\s+|then\s+|later\s+)?[\p{Ll}]/u;

// "Another reader, who signed her email only as Greta from Tolland, was ...": a letter's writer named by how the
// letter was signed, as a caller is by how they identified themselves.
const SIGNED = /^\s*(?:(?:But|And|Yet|Meanwhile)\s+)?((?:A|An|One|Another|The)\s+[^,;:"“”_]{1,80}?),?\s+who\s+signed\s+(his|her)\s+(?:e-?mail|letter|note|message|comment|post|card)\s+(?:only\s+)?as\s+(?:only\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+)?)(?:\s+(?:from|of|in)\s+[\p{Lu}][^,;:"“”_]{0,40})?,\s+(?:also\s+|then\s+|later\s+)?[\p{Ll}]/u;

// "A woman who worked at the plant gave her name only as Ms Lind.", "A driver identified himself only as Emil.": the
// naming as the sentence's own verb, the description its subject, the name (an honorific kept out) ending it.
const GAVE_NAME_MAIN = /^\s*(?:(?:But|And|Yet|Meanwhile)\s+)?((?:A|An|One|Another|The)\s+[^;:"“”_]{1,160}?)\s+(?:(?:gave|gives|would\s+give|only\s+gave)\s+(?:only\s+)?(his|her)\s+(?:(?:first|given|family)\s+)?name|(?:identified|introduced)\s+(himself|herself))\s+(?:only\s+)?as\s+(?:((?:Mr|Mrs|Ms|Miss|Dr)\.?)\s+)?([\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+)?)\s*\.?\s*$/u;

/**
 * The name a sentence's own verb says one described gave as all of their name ("A woman who ... gave her name only
 * as Ms Lind."), the sex "his"/"her" or "himself"/"herself" tells, whether an honorific stood before a one-word
 * name (a surname, then), and the description; or null.
 */
export function gaveNameAsVerb(sentence: string): { name: string; gender: 'm' | 'f'; titled: boolean; description: string } | null {
  if (!sentence.includes(' as ')) return null;
  const m = GAVE_NAME_MAIN.exec(sentence);
  return m ? { name: m[5]!, gender: m[2] === 'his' || m[3] === 'himself' ? 'm' : 'f', titled: m[4] !== undefined, description: m[1]!.replace(/,\s*$/u, '').trim() } : null;
}

/**
 * What a naming clause of the sentence's described subject gives: the name (null for a label in quotation
 * marks), the gender "his" or "her" tells, and the description; or null.
 */
export function givenNameSubject(sentence: string): { name: string | null; gender: 'm' | 'f'; description: string } | null {
  if (!sentence.includes(' who ')) return null;
  const m = GIVEN_NAME.exec(sentence);
  if (!m) {
    const id = sentence.includes('identified') || sentence.includes('introduced') ? IDENTIFIED.exec(sentence) : null;
    if (id) return { name: id[3]!, gender: id[2] === 'himself' ? 'm' : 'f', description: id[1]!.trim() };
    const signed = sentence.includes(' signed ') ? SIGNED.exec(sentence) : null;
    return signed ? { name: signed[3]!, gender: signed[2] === 'his' ? 'm' : 'f', description: signed[1]!.trim() } : null;
  }
  // A label is one only in quotation marks; a name is one only after "name".
  if (m[3] ? m[4] !== undefined : m[4] === undefined) return null;
  return { name: m[4] ?? null, gender: m[2] === 'his' ? 'm' : 'f', description: m[1]!.trim() };
}

// One described (an indefinite article first), then a clause saying the first name is all that may be printed,
// wherever the description stands: "a retired docker who gave only his first name, Emil, was ...", "I asked a
// nurse, who would give only her first name, Greta, whether ...", "A porter who ..., and who asked that only his
// first name, Emil, be used, said ...", "A reader in Hull, who asked me to use only her first name, Greta, wrote ...". Or the name first, the clause after it: "a caller, Emil, who lives in
// Hull and asked us to use only his first name".
const FIRST_NAME_ONLY = /(?:^|\s)((?:[Aa]|[Aa]n)\s+[^,;:"“”_()]{1,80}?),?\s+(?:and\s+)?who\s+(?:(?:gave|would\s+give|would\s+only\s+give|only\s+gave|offered)\s+only\s+(his|her)\s+(?:first|given)\s+name,\s+([\p{Lu}][\p{Ll}'’-]+),|(?:asked|requested)\s+that\s+only\s+(his|her)\s+(?:first|given)\s+name,\s+([\p{Lu}][\p{Ll}'’-]+),\s+be\s+(?:used|printed|published|given)\b|(?:asked|wanted|requested)\s+(?:us|me)\s+to\s+(?:use|print|give)\s+only\s+(his|her)\s+(?:first|given)\s+name,\s+([\p{Lu}][\p{Ll}'’-]+),)/u;
const FIRST_NAME_AFTER = /(?:^|\s)((?:a|an)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}),\s+([\p{Lu}][\p{Ll}'’-]+),\s+who\s+[^,;:"“”_()]{0,100}?\b(?:asked|wanted)\s+(?:us|me)\s+to\s+use\s+only\s+(his|her)\s+(?:first|given)\s+name\b/u;

/**
 * A first name given as all the text may print of one described (`FIRST_NAME_ONLY`, `FIRST_NAME_AFTER`), with
 * the sex "his" or "her" tells and the description; or null. Only when no one else is named before the
 * description in the sentence (its first word and the writer's "I" aside): "At the gate I asked a nurse, ..." and
 * "Her neighbour, a retired docker who ..." have no rival for a later "she said"; "Anna Roe met a nurse, who
 * ..." leaves the sentence Roe's, so the name is not taken.
 */
export function firstNameOnly(sentence: string): { name: string; gender: 'm' | 'f'; description: string } | null {
  if (!sentence.includes('first name') && !sentence.includes('given name')) return null;
  const m = FIRST_NAME_ONLY.exec(sentence);
  const a = m ? null : FIRST_NAME_AFTER.exec(sentence);
  if (!m && !a) return null;
  const at = (m ?? a)!.index;
  const before = sentence.slice(0, at).trim().split(/\s+/u).slice(1);
  if (before.some((w) => /^[\p{Lu}]/u.test(w) && w !== 'I')) return null;
  if (a) return { name: a[2]!, gender: a[3] === 'his' ? 'm' : 'f', description: a[1]!.trim() };
  return { name: (m![3] ?? m![5] ?? m![7])!, gender: (m![2] ?? m![4] ?? m![6]) === 'his' ? 'm' : 'f', description: m![1]!.trim() };
}

/**
 * The words that introduce a name the writer gives in a source's stead, ending right before that name: "a man I
 * will call NAME", "whom we are calling NAME", "who asked to be identified only as NAME", "who asked to be
 * identified by her first name, NAME", "who uses the pseudonym NAME", "whom she would identify only as NAME" (the
 * pronoun the one who gave the name, not the one named), "identified only as NAME". The one
 * definition of a pseudonym's introduction, for both its readers: a subject before the quote (`A guard, who asked
 * to be identified only as Oleg, said ...`, pseudonymSubject here) and a speaker named after it (`"...," recalled
 * a retired miner who used the pseudonym Bram.`, grammar.ts, which reads it on lower-cased words with the flag
 * "i"). A regular expression's source, every group in it uncaptured.
 */
export const STAND_IN_NAME_LEAD = String.raw`(?:(?:a|an)\s+[\p{Ll}]+\s+(?:I|we)\s+(?:(?:will|shall)\s+)?call|whom?\s+(?:I|we)\s+(?:(?:will|shall|am|are|have)\s+)?(?:call|calling|called)|who\s+asked\s+to\s+be\s+(?:identified|named|called|referred\s+to)\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+(?:first|given)\s+name,?)|who\s+(?:uses|used)\s+the\s+(?:pseudonym|alias)|whom\s+(?:he|she|they|I|we)\s+(?:would\s+)?(?:identify|identified|name|named)\s+only\s+as|identified\s+only\s+as)`;

// A description set off with the name the writer gives in its source's stead (STAND_IN_NAME_LEAD); perhaps with
// why, then the verb after its comma.
const PSEUDONYM = new RegExp(String.raw`^\s*(?:(?:But|And|Yet|Meanwhile)\s+)?((?:A|An|One|Another|The|My|Our|His|Her)\s+[^,;:"“”_]{1,80}?),\s+` + STAND_IN_NAME_LEAD + String.raw`\s+([\p{Lu}][\p{Ll}'’-]+)\b[^,;:"“”_]{0,100},\s+(?:also\s+|then\s+|later\s+)?\p{Ll}`, 'u');
// A name the writer marks as not the source's own, then the verb: "NAME, not his real name, said ...".
const NOT_REAL_NAME = /^\s*([\p{Lu}][\p{Ll}'’-]+),\s+(?:not\s+(?:his|her|their)\s+real\s+name|a\s+pseudonym)(?:,\s+[^,;:"“”_]{1,80})?,\s+(?:also\s+|then\s+|later\s+)?[\p{Ll}]/u;

// A word test pseudonymSubject's first expression cannot pass without (each of its words holds one of these), cheaper on the
// sentences that hold none, most of them.
const NAMING_WORD = anySubstring(['call', 'identif', 'name', 'referred', 'pseudonym', 'alias']);

/**
 * A subject the writer names by a name given in its source's stead (`My old friend, a man I will call Yegor,
 * rang.`, `A guard, who asked to be identified only as Oleg, said ...`, `Oleg, not his real name, said ...`):
 * the name, the description if any, and the sex "his", "her" or a noun of the description tells; or null. The
 * name is how the text refers to that person, so a later "he said" is theirs.
 */
export function pseudonymSubject(sentence: string): { name: string; gender: 'm' | 'f' | null; description: string | null } | null {
  if (!NAMING_WORD(sentence) || !/\b(?:call|calling|called|identify|identified|name|named|referred|pseudonym|alias|real\s+name)\b/u.test(sentence)) return null;
  const d = PSEUDONYM.exec(sentence);
  if (d) {
    const description = d[1]!.trim();
    const told = /\b(?:his|her)\s+(?:first|given)\s+name/u.exec(d[0]);
    return { name: d[2]!, gender: told ? (told[0].startsWith('his') ? 'm' : 'f') : sexOfDescription(`${description} ${d[0].slice(d[1]!.length)}`), description };
  }
  const n = NOT_REAL_NAME.exec(sentence);
  if (!n) return null;
  const own = /\bnot\s+(his|her)\s+real/u.exec(n[0]);
  return { name: n[1]!, gender: own ? (own[1] === 'his' ? 'm' : 'f') : null, description: null };
}

// A description, then the name the people round them use: "known (to the men) as NAME", "who goes by (the call
// sign) NAME", "with the call sign NAME"; perhaps its meaning between dashes or a comma, then the verb.
const KNOWN_AS = /^\s*(?:(?:But|And|Yet|Meanwhile)\s+)?((?:A|An|One|The)\s+[^,;:"“”—–()]{1,60}?)\s+(?:known(?:\s+to\s+[^,;:"“”—–()]{1,30}?)?\s+(?:only\s+)?as|who\s+goes\s+by(?:\s+the\s+(?:call\s+sign|callsign|nickname|name))?|(?:with|under)\s+the\s+(?:call\s+sign|callsign|nickname|nom\s+de\s+guerre))\s+(?:([\p{Lu}][\p{Ll}'’-]+)|["“]([^"“”]{1,40})["”])(?:\s+[—–][^—–]{1,40}[—–]\s*|,\s*|\s+)(?:only\s+|then\s+|also\s+|just\s+)?[\p{Ll}]/u;
const WOMAN = /\b(?:woman|mother|grandmother|girl|widow|wife|daughter|sister|nun|actress|waitress|servicewoman|policewoman)\b/u;
const MAN = /\b(?:man|father|grandfather|boy|widower|husband|son|brother|monk|infantryman|serviceman|policeman|rifleman|fisherman)\b/u;

/**
 * A described subject the sentence names by what others call them (`A deckhand known to the crew as Dido
 * shrugged.`, `A gunner who goes by the call sign Kobza laughed.`): the name and description, with the sex a
 * noun of the description tells, or null. A later "he said" is that person's. A label in quotation marks
 * (`A gunner who goes by the call sign "Kobza" said ...`) gives no name (null): the one described speaks.
 */
export function knownAsSubject(sentence: string): { name: string | null; gender: 'm' | 'f' | null; description: string } | null {
  // (Plain searches first: the expression's alternatives are tried at every character of every sentence.)
  if (!(sentence.includes('known') || sentence.includes('goes') || sentence.includes('call') || sentence.includes('nickname') || sentence.includes('nom'))) return null;
  if (!/\b(?:known|goes|call\s*sign|nickname|nom)\b/u.test(sentence)) return null;
  const m = KNOWN_AS.exec(sentence);
  if (!m) return null;
  const description = m[1]!.trim();
  // (A call sign or nickname in quotation marks, `who goes by the call sign "Heron"`, is a label, neither a name
  // of record nor a quote: the name is null, and the one described is the subject.)
  return { name: m[2] ?? null, gender: sexOfDescription(description), description };
}

/** The sex the first noun of a sex in a description tells ("a man whose wife ..." is a man), or null. */
export function sexOfDescription(text: string): 'm' | 'f' | null {
  const w = WOMAN.exec(text);
  const man = MAN.exec(text);
  return w && (!man || w.index < man.index) ? 'f' : man ? 'm' : null;
}

// A message read out and its sender, named by a given name alone, perhaps where they write from or a clause on
// them after: "We had a letter this week from Ilse in Bergen.", "Here's one from Ilse.", "one more email, from
// Piet, who fishes ...".
const MESSAGE_FROM = /\b(?:letter|e-?mail|note|message|text|postcard|voicemail|card|one)(?:\s+(?:this|last)\s+(?:week|morning|month))?,?\s+from\s+([\p{Lu}][\p{Ll}'’-]+)(?=\s+(?:in|from|of|at)\s+[\p{Lu}]|,\s+(?:who|a|an)\b|\s*[.;]|\s*$)/u;

/**
 * The sender a sentence names, by a given name alone, for a message it reads out or brings up (`MESSAGE_FROM`),
 * with the sex the given name tells; null when the name tells none or is a common word. The writer or host
 * quotes the message next ("She writes, ..."), so the sender is at hand for that pronoun.
 */
export function messageSender(sentence: string): { name: string; gender: 'm' | 'f' } | null {
  if (!sentence.includes('from ')) return null;
  const m = MESSAGE_FROM.exec(sentence);
  if (!m || commonWordNotName(m[1]!)) return null;
  const gender = firstNameGender(m[1]!);
  return gender ? { name: m[1]!, gender } : null;
}

// "His companion, who would not give me his surname, was called Tolya, and he drove a lorry.": one described (a
// possessive or a determiner first), a clause set off perhaps, then "was called" or "went by" and a single name
// ending the sentence or its clause. The sex is the one a "he"/"she" right after the name tells, or the "his"/"her"
// of a clause set off before it (not the opening possessive, which is the owner's).
const CALLED_MAIN = /^\s*((?:His|Her|Their|The|A|An)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}?)(,\s+(?:who|whom)\s[^,;:"“”_]{1,100},)?\s+(?:was|is)\s+(?:called|named|known\s+as)\s+([\p{Lu}][\p{Ll}'’-]+)(?:\s*[.]\s*$|,\s+and\s+(he|she)\s)/u;

/**
 * The single name a sentence's own verb says one described went by ("His companion, who would not give me his
 * surname, was called Tolya, and he drove ..."), with the sex a pronoun tells, and the description; or null when no
 * pronoun tells the sex or the name is a common word.
 */
export function calledAsVerb(sentence: string): { name: string; gender: 'm' | 'f'; description: string } | null {
  if (!/\s(?:called|named|known\s+as)\s/u.test(sentence)) return null;
  const m = CALLED_MAIN.exec(sentence);
  if (!m || commonWordNotName(m[3]!)) return null;
  const told = m[4] ?? /\b(his|her)\b/u.exec(m[2] ?? '')?.[1];
  if (!told) return null;
  return { name: m[3]!, gender: told === 'he' || told === 'his' ? 'm' : 'f', description: m[1]! };
}
