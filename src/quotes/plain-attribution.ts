/**
 * The commonest attributions, read without the tagger: `"...," Jane Doe said`, `"...," said Jane Doe, a
 * professor at X.`, `Jane Doe said: "..."`, `as one diplomat put it`, `in Jane Doe's words`. Anything less plain
 * is left to the grammar (`grammar.ts`).
 */
import { isRoleAppositive } from './attribution.ts';
import type { GrammarAttribution } from './grammar.ts';
import { roleWithoutTimeTail } from './tagged-sentence.ts';
import { sayingBeforeAside } from './source-as-aside.ts';

// A surname may open on a lowercase particle when the given names are dropped: "von Arnim", "van der Berg", "de
// Souza" are the whole surname, not a title before a bare "Arnim" (who may be someone else of that name).
const PARTICLES = 'van|von|de|der|den|del|della|di|da|das|dos|du|ter|ten|zu';
const PARTICLE_OPEN = String.raw`(?:(?:${PARTICLES})\s+(?:(?:der|den|de|la)\s+)?)`;
const NAME = String.raw`(?:he|she|they|it|${PARTICLE_OPEN}?[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3})`;
const PLAIN_VERB = '(?:said|says|added|adds|told|tells|asked|asks|wrote|writes|explained|noted|continued|replied|stressed|warned|insisted|argued|claimed|declared|recalled|acknowledged)';
const DESCRIPTION = String.raw`(?:a|an|the|one)\s+[^,;:"“”_]+?`;
// Overheard words: `"...," Jane Roe was heard telling him.` The one heard speaks, the one told does not.
const HEARD_VERB = String.raw`(?:(?:was|were|could\s+be)\s+(?:over)?heard\s+(?:saying|to\s+say|(?:telling|to\s+tell)(?:\s+(?:him|her|them))?))`;
const AFTER_VERB = `(?:${PLAIN_VERB}|${HEARD_VERB})`;
// (Or between the two parts of a split quote: `"...," the minister said, "...".`)
const DESCRIPTION_THEN_VERB = new RegExp(String.raw`^\s*,?\s*(${DESCRIPTION})\s+${AFTER_VERB}(?:\s+reporters)?\s*(?:[.;]?|,\s*["“]_[_\s,.;!?]*["”]\s*[.]?)\s*$`, 'u');
const PLAIN_VERB_BEFORE = `(?:${PLAIN_VERB}(?:\\s+that)?|called for|urged|vowed to|pledged to|promised to|expressed (?:his|her|its|their))`;
const NAME_VERB_BEFORE = new RegExp(String.raw`^\s*(${NAME})(?:,\s*([^,;:"“”_]+),)?\s+${PLAIN_VERB_BEFORE}\s*[,:]?\s*$`, 'u');
const NAME_THEN_VERB = new RegExp(String.raw`^\s*,?\s*(${NAME})\s+${AFTER_VERB}(?=[\s.,;]|$)`, 'u');
const NAME_ROLE_VERB = new RegExp(String.raw`^\s*,?\s*(${NAME}),\s*([^,;:"“”_]+),\s*${PLAIN_VERB}\s*[.;]?\s*$`, 'u');
const VERB_NAME_ROLE = new RegExp(String.raw`^\s*,?\s*${PLAIN_VERB}\s+(${NAME}),\s*([^,;:"“”_]+?)\s*[.;]?\s*$`, 'u');
// `"...," said the police chief, Jane Roe.`: a description of lowercase words, set off, then a person's name in full
// closing the sentence (perhaps with a time after it). (No preposition in the description: in "said a lawyer for the
// accused, Jane Roe" the name may be the one served.)
const VERB_DESCRIPTION_NAME = new RegExp(String.raw`^\s*,?\s*${PLAIN_VERB}\s+((?:the|a|an|his|her|their|its)(?:\s+(?!(?:of|for|to|with|at|from|by|in|on|and|or)\s)[\p{Ll}][\p{Ll}'’-]*){1,4}),\s+([\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){1,3})(?:,\s+(?:on|last|this|early|late|earlier|later)\b[^,;:"“”_]{0,30})?\s*[.;]?\s*$`, 'u');
const VERB_THEN_NAME = new RegExp(String.raw`^\s*,?\s*${PLAIN_VERB}\s+(${NAME})\s*[.;]?\s*$`, 'u');

// "as one diplomat put it", "as Jane Doe has said", "in Jane Doe's words", "in the words of one diplomat": the
// speaker named in a clause of its own beside the quote.
// (Or a role after a possessive, then a full name: "As my colleague Dr Ada Roe put it"; the name speaks, the role
// is its description. A possessive role with no name after it, "as her father put it", is left to the grammar.)
const OWNED_ROLE_NAME = String.raw`(?:my|our|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:(?:Dr|Mr|Mrs|Ms|Professor)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){1,3}`;
const WHO = String.raw`(${OWNED_ROLE_NAME}|${NAME}|${DESCRIPTION})`;
// A role set off by commas after the one who put it, opening in lowercase ("As Jane Roe, a tax lawyer at the
// Harbor Institute, put it"); a title in it may close on its own comma inside its marks ("author of "...,"").
// (With quotes masked, a title in doubled single marks keeps no comma: it ends the role by its marks alone.)
// (Not after one word alone, which may be a place or a body as well as a surname: "As Kiel, the port city, put it";
// nor a role that opens with a participle: "As Jane Roe, quoting an old sailor, put it" gives the sailor's words.)
const SET_OFF_ROLE = String.raw`(?:(?<![Aa]s\s+[\p{Lu}][\p{L}'’.-]*),\s+(?![\p{Ll}]+ing\b)[\p{Ll}][^,;:]{2,100}?(?:,[_'’"”]*|['‘’"“”]_+['’"”]+))?`;
// A lowercase title may run to three words ("as state prosecutor Jane Roe put it", "as chief state prosecutor Roe
// put it"); a word after the first that joins or relates ("for", "and", "with") ends the title, so in "as spokesman
// for Roe put it" the name is the one served, not the one speaking (left alone).
const TITLE_BREAK = String.raw`(?:for|from|with|and|nor|but|into|onto|over|under|about|after|before|against|between|than|then|who|whom|whose|that|which|when|while|has|had|have|was|were|once|later|also|the|our|my|his|her|their|its|this|these|those|${PARTICLES})`;
// A word of such a title: lowercase, perhaps hyphenated ("anti-fraud prosecutor Jane Roe", "vice-chair Roe").
const TITLE_WORD = String.raw`[\p{Ll}]{3,}(?:-[\p{Ll}]+)*`;
// (A place adverb may follow a description, naming where the one described works: "As one official there put it".)
// The role may come first, the name set off after it ("As our editor, Jane Roe, put it", "As my old teacher, the
// late Jane Roe, liked to say": "the late" only says she has died), or stand as a lowercase
// title before the name ("as prosecutor Jane Roe put it"); the name then must be capitalised.
// (Not a word that makes "as" a conjunction or a degree: "as well as", "as soon as", "as if".)
const ROLE_FIRST = String.raw`(?:(?:our|my|his|her|their|its|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+(?:the\s+late\s+)?(?=[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3},)|(?!(?:the|our|my|his|her|their|its|this|that|these|those|well|soon|long|much|far|if|though|usual|always|ever|often|before|expected|noted|such|many|few|one|some|any|it|he|she|they|we|I|you|${PARTICLES})\s)${TITLE_WORD}\s+(?:(?!${TITLE_BREAK}\s)${TITLE_WORD}\s+){0,2}(?=[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}\s+(?:(?:has|had|once|later|memorably|famously|recently)\s+)?(?:put|puts)\s+it\b))`;
// (The name set off after a role closes on its own comma.)
const ROLE_FIRST_CLOSE = String.raw`(?:(?<=,\s+(?:the\s+late\s+)?[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}),)?`;
// A habit of telling, with those told after it: "As my old supervisor, the late Jane Roe, liked to tell his
// students, ...", "as Roe used to tell us". (The one who told is the one who speaks; those told are only heard.)
const TOLD_HABIT = String.raw`(?:used|liked|likes|loved|loves)\s+to\s+tell(?:\s+(?:me|us|them|(?:his|her|their|our|my)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+))?`;
const AS_PUT = String.raw`\b[Aa]s\s+${ROLE_FIRST}?${WHO}(?:\s+(?:there|here))?${SET_OFF_ROLE}${ROLE_FIRST_CLOSE}\s+(?:(?:has|had|once|later|memorably|famously|recently)\s+)?(?:put it|puts it|phrased it|phrases it|said|says|noted|notes|wrote|writes|observed|remarked|used to say|liked to say|likes to say|${TOLD_HABIT})`;
const IN_WORDS = String.raw`\b[Ii]n\s+(?:the\s+words\s+of\s+${WHO}|(his|her|their|[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}['’]s?)\s+(?:own\s+)?words)`;
// A clause of time may follow before a colon: "As Jane Roe put it when we opened this column: "..."" (no verb of
// saying in it: "As Roe put it when Doe said: ..." is left alone).
const WHEN_ADJUNCT = String.raw`(?:\s+(?:when|after|before|while|once|at|in|on|during|last|this|back|years?)\s+(?![^,;:"“”_]*\b(?:${PLAIN_VERB}|asked|put\s+it)\b)[^,;:"“”_]{1,60}?(?=\s*:\s*$))?`;
// (Or to whom and when, before the comma: "As Jane Roe put it to me on Friday, "..."".)
const TOLD_WHEN = String.raw`(?:\s+to\s+(?:me|us|reporters))?(?:\s+(?:on|last|this)\s+[\p{L}]+)?`;
const AS_PUT_BEFORE = new RegExp(String.raw`(?:${AS_PUT}${TOLD_WHEN}|${IN_WORDS})${WHEN_ADJUNCT}\s*[,:]?\s*$`, 'u');
// The adjunct after the verb may run long when it only says to whom, where or when ("in a note to our reporter
// Ivo Dahl in July", "in an interview at the Osterby book fair last spring"); one holding a verb of saying or naming
// ("after her deputy said otherwise") tells of other words, so only a short one is read then, as before.
const PUT_ADJUNCT = String.raw`(?:\s+(?:[^,;:"“”_]{1,40}|(?![^,;:"“”_]*\b(?:${PLAIN_VERB}|says?|call(?:ed|s)?|describ(?:ed|es)|dubb(?:ed|s)|term(?:ed|s)|quot(?:ed|es)|according)\b)[^,;:"“”_]{41,90}))?`;
// Fronted, with the main clause between it and the quote: "As Jane Roe has put it in another context, the two
// states are "..."" (an adjunct may follow the verb; no other verb of saying or naming, and no one's words
// by a possessive, may stand in the main clause: "As Roe said, Doe called it "..."" is Doe's).
const AS_PUT_FRONTED = new RegExp(String.raw`^\s*(?:${AS_PUT})${PUT_ADJUNCT},\s+(?![^;:"“”_]*(?:\b${PLAIN_VERB}\b|\b(?:call(?:ed|s)?|describ(?:ed|es)|dubb(?:ed|s)|brand(?:ed|s)|label(?:l?ed|s)|term(?:ed|s)|quot(?:ed|es)|according|accus(?:ed|es)|urg(?:ed|es))\b|['’]s\b))[^;:"“”_]*$`, 'u');
// Set off within the clause that holds the quote: `Our line remains, as Jane Roe put it on Monday, that the
// strait "..."` (before it), `Iran will "..." for arming them, in the words of Jane Roe, the envoy, and we
// agree` (after it). Only when nothing else in the sentence says or names words (`SAYS_ELSE`).
const AS_PUT_SET_OFF = new RegExp(String.raw`^([^;:"“”_]*?),\s+(?:${AS_PUT})(?:\s+[^,;:"“”_]{1,40})?,\s+([^;:"“”_]*)$`, 'u');
// `The paradox of the mayor, says Ivo Dahl, a historian at the library, is that she was "..."`: a credit set off
// inside the clause that holds the quote, the verb before the name. (Its own clause may take no other name, no
// relative clause and no verb of saying or naming: `The plan, says Dahl, was opposed by Moss, who called it "..."`.)
const SAYS_NAME_SET_OFF = new RegExp(String.raw`^([^;:"“”_]*?),\s+(?:says|said)\s+([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){1,3})(?:,\s+([\p{Ll}][^,;:"“”_]{2,100}?))?,\s+([^;:"“”_]*)$`, 'u');
const IN_WORDS_LATER = new RegExp(String.raw`^([^,;:"“”_]{0,80}?),\s*in\s+the\s+words\s+of\s+(${NAME}|${DESCRIPTION})(?:,\s*([^,;:"“”_]+?))?\s*(?:,\s*(?:and|but)\s+[^"“”_]*|[.;])?\s*$`, 'u');
const SAYS_ELSE = new RegExp(String.raw`\b${PLAIN_VERB}\b|\b(?:call(?:ed|s)?|describ(?:ed|es)|dubb(?:ed|s)|brand(?:ed|s)|label(?:l?ed|s)|term(?:ed|s)|quot(?:ed|es)|according|accus(?:ed|es)|urg(?:ed|es)|put\s+it|words)\b|['’]s\s+(?:words|view|phrase)\b`, 'iu');
// After the quote, closing its sentence, "in NAME's view" credits the words as "in NAME's words" does: `"...," in
// Jane Roe's view.`, `"...," in the view of Jane Roe.` (the view is given in the words quoted).
const IN_WORDS_OR_VIEW = String.raw`\b[Ii]n\s+(?:the\s+(?:words|view)\s+of\s+${WHO}|(his|her|their|[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}['’]s?)\s+(?:own\s+)?(?:words|view))`;
const AS_PUT_AFTER = new RegExp(String.raw`^\s*[,—–]?\s*(?:${AS_PUT}|${IN_WORDS_OR_VIEW})\s*[.;!?)]?\s*$`, 'u');
const POSSESSIVE_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

// A description ending on a lowercase noun, then a name: "the official Portuguese agency Lusa Nova".
const DESCRIBED_NAME = /^((?:the|a|an|my|our|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?[\p{Ll}-]+)\s+((?:(?:Dr|Mr|Mrs|Ms|Professor)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})$/u;

const DESCRIPTION_PREPOSITION = /\s(?:to|of|in|at|for|from|with|on|by|near|into|over|under|across|and|or)$/u;

/** The speaker of an "as X put it" or "in X's words" clause that `m` matched (groups: as, of, possessive). */
function whoPutIt(m: RegExpExecArray): GrammarAttribution | null {
  const who = m[1] ?? m[2];
  if (who) {
    // "in the words of the state agency Lusa Nova": the name the description ends on, the rest its role.
    const named = DESCRIBED_NAME.exec(who.trim());
    // (Not a description whose last lowercase word is a preposition: in "a retired ambassador to Seoul" the
    // capitalised word is the place the one described served in, not their name.)
    if (named && !DESCRIPTION_PREPOSITION.test(named[1]!)) return { phrase: named[2]!, role: named[1]!, via: 'before', cue: 'say' };
    return { phrase: who.trim(), role: null, via: 'before', cue: 'say' };
  }
  const owner = m[3]!;
  const phrase = POSSESSIVE_PRONOUN[owner.toLowerCase()] ?? owner.replace(/['’]s?$/u, '');
  return { phrase, role: null, via: 'before', cue: 'say' };
}

/**
 * The commonest attributions, read without the tagger: `"...," Jane Doe said`, `"...," he added`, `"...," said
 * Jane Doe.` (`after` is the text from the closing mark to the sentence end, quotes masked). Anything less plain
 * is left to the grammar.
 */
export function plainAttribution(after: string, inner: string): GrammarAttribution | null {
  const put = AS_PUT_AFTER.exec(after);
  if (put) {
    const w = whoPutIt(put);
    return w && { ...w, via: 'after' };
  }
  if (!/^\s*,/u.test(after) && !/[,?!]/u.test(inner)) return null;
  const m = NAME_THEN_VERB.exec(after) ?? VERB_THEN_NAME.exec(after);
  if (m) return { phrase: m[1]!, role: null, via: 'after', cue: 'say' };
  // With a role between commas: `"...," Jane Doe, a professor at X, said.` and `"...," said Jane Doe, a professor at X.`
  const d = DESCRIPTION_THEN_VERB.exec(after);
  if (d) return { phrase: d[1]!, role: null, via: 'after', cue: 'say' };
  const described = VERB_DESCRIPTION_NAME.exec(after);
  if (described) return { phrase: described[2]!, role: described[1]!, via: 'after', cue: 'say' };
  const before = NAME_ROLE_VERB.exec(after);
  const a = before ?? VERB_NAME_ROLE.exec(after);
  if (!a || /^(?:he|she|they|it)$/iu.test(a[1]!)) return null;
  // A role that runs to the sentence's end loses its time and place words ("..., on Monday").
  const role = before ? a[2]!.trim() : roleWithoutTimeTail(a[2]!).trim();
  return isRoleAppositive(role) ? { phrase: a[1]!, role, via: 'after', cue: 'say' } : null;
}

/**
 * The commonest attributions before a quote, read without the tagger: `Jane Doe said, "..."`, `Jane Doe, a
 * director at X, said that "..."` (`before` is the sentence up to the opening mark, quotes masked).
 */
export function plainAttributionBefore(before: string): GrammarAttribution | null {
  const put = AS_PUT_BEFORE.exec(before) ?? AS_PUT_FRONTED.exec(before);
  // ("Roe told reporters, as Radio Wend noted, "..."": after a verb of saying and its comma, the aside names who
  // carried the words, not who said them; the grammar reads the main clause, `source-as-aside.ts`.)
  if (put && sayingBeforeAside(before.slice(0, put.index))) return null;
  if (put) return whoPutIt(put);
  // (Groups: the words before the clause, the one who put it, the words after it.)
  const setOff = AS_PUT_SET_OFF.exec(before);
  // ("as she later put it" too: the pronoun is resolved as any credit's is; "they" and "it" name no one sure.)
  if (setOff && !SAYS_ELSE.test(setOff[1]!) && !SAYS_ELSE.test(setOff[3]!) && !/^(?:they|it)$/iu.test(setOff[2]!)) return whoPutIt([setOff[0], setOff[2]] as unknown as RegExpExecArray);
  const said = /,\s+sa(?:ys|id)\s/u.test(before) ? SAYS_NAME_SET_OFF.exec(before) : null;
  if (said && !SAYS_ELSE.test(said[1]!) && !SAYS_ELSE.test(said[4]!) && !/[\p{Lu}]|\b(?:who|whom|whose|which)\b/u.test(said[4]!) && (said[3] === undefined || isRoleAppositive(said[3]))) {
    return { phrase: said[2]!, role: said[3]?.trim() ?? null, via: 'before', cue: 'say' };
  }
  const m = NAME_VERB_BEFORE.exec(before);
  if (!m) return null;
  const role = m[2]?.trim() ?? null;
  if (role !== null && !isRoleAppositive(role)) return null;
  return { phrase: m[1]!, role, via: 'before', cue: 'say' };
}

/**
 * `Iran will "..." for arming them, in the words of Jane Roe, the envoy, and we agree.`: the one a credit set off
 * later in the quote's clause names (`before` and `after` are the sentence before and after the quote, masked).
 */
export function inWordsLater(before: string, after: string): GrammarAttribution | null {
  const m = IN_WORDS_LATER.exec(after);
  if (!m || SAYS_ELSE.test(m[1]!) || SAYS_ELSE.test(before)) return null;
  const who = m[2]!.trim();
  if (/^(?:he|she|they|it)$/iu.test(who)) return null;
  const role = m[3]?.trim() ?? null;
  if (role !== null && !isRoleAppositive(role)) return null;
  const named = DESCRIBED_NAME.exec(who);
  if (named) return { phrase: named[2]!, role: named[1]!, via: 'after', cue: 'say' };
  return { phrase: who, role, via: 'after', cue: 'say' };
}
