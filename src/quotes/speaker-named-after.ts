/**
 * A speaker the text describes at the quote and names only in the sentence right after it, by the description
 * again or by "the speaker" (an event recap's style): '"...," said the second panellist. "..." The speaker,
 * Jane Roe, a senior fellow at ..., added that ...'. The name set off by commas is the one just quoted.
 *
 * Only the lowercase "speaker" (a "The Speaker, NAME," is the presiding officer of a house, someone else), or the
 * described speaker's own head noun ("said a lifeguard. ... The lifeguard, Tom Bell, ..."); only the sentence that
 * follows the quote's own without a word between; only for one described, never named (a name the text gave
 * the quote stands). "That", "This" likewise: "said a planner. ... That planner, Jane Roe, ...".
 */
import type { QuoteRecord } from './quote-record.ts';
import { escapeRegExp } from '../text/regexp.ts';
import type { LocalSpeaker } from './document-speakers.ts';

// "The speaker, Jane Roe," / "The speaker, Dr. Jane Roe," — two to four capitalised words, then a comma; the
// sentence follows the quote's own with nothing between, so no one else is quoted in between.
// (Perhaps with where the person works: "The researcher, Jane Roe of the Harbour Institute, said ...".)
const NAMED = /^\s*(?:The|That|This)\s+([\p{Ll}]+),\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3})(?:\s+(?:of|at|from)\s+(?:the\s+)?[\p{Lu}][^,;:"“”()]{1,80})?,\s/u;

/**
 * The name the sentence right after the paragraph's last quote by `local` gives that described speaker, or null.
 * With `next` (the paragraph after), the quote's sentence must end its paragraph and the next one open with the
 * naming: '... "...," she said.' then a paragraph 'That planner, Jane Roe, now teaches ...'.
 */
export function nameGivenAfter(text: string, records: readonly QuoteRecord[], local: LocalSpeaker, next?: string): string | null {
  if (local.kind !== 'unnamed' || local.plural) return null;
  const own = records.filter((r) => r.local === local);
  const last = own[own.length - 1];
  if (!last) return null;
  const end = Math.max(last.sentenceStart + last.quote.sentence.length, last.span.close + 1);
  if (next !== undefined && /\S/u.test(text.slice(end))) return null;
  const m = NAMED.exec(next ?? text.slice(end));
  if (!m) return null;
  const head = m[1]!;
  if (head !== 'speaker' && !local.heads.has(head)) return null;
  return m[2]!;
}

// The one a "she" or "he" meant, named right after by the text's own tie: 'The woman, who later gave her name as Jane
// Roe, ...', 'She gave only her first name and patronymic, Jane Ivanovna, ...', 'He asked to be identified only as
// Tom.' The pronoun in the tie ("her", "She", "herself") is the credit's.
const TIE_NAME = String.raw`((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){0,3})`;
const GAVE_NAME_AS = new RegExp(String.raw`^\s*(?:The|That|This)\s+[\p{Ll}]+,\s+who\s+(?:(?:later|only|would|then|eventually)\s+){0,2}(?:gave|give|offered)\s+(her|his)\s+(?:(?:first|full|last|own)\s+)?name\s+(?:only\s+)?as\s+${TIE_NAME}[,.]`, 'u');
const GAVE_ONLY_NAME = new RegExp(String.raw`^\s*(She|He)\s+(?:(?:later|only|would|then)\s+){0,2}(?:gave|give|offered)\s+(?:only\s+)?(?:her|his)\s+(?:(?:first|full|last|given)\s+)?name(?:\s+and\s+(?:patronymic|surname|age))?(?:\s+only)?,\s+${TIE_NAME}[,.]`, 'u');
const IDENTIFIED_AS = new RegExp(String.raw`^\s*(She|He)\s+(?:(?:later|only|would|then)\s+){0,2}(?:identified\s+(?:herself|himself)|asked\s+to\s+be\s+identified)\s+(?:only\s+)?as\s+${TIE_NAME}[,.]`, 'u');

// A credit of only a pronoun and its verb after the quote: '"...," she said.', '"...," said he.'
const PRONOUN_CREDIT = /^[\s,"”’'!?.]*(?:(she|he)\s+[\p{Ll}]+|[\p{Ll}]+\s+(she|he))[\s,.!?]*$/u;

/**
 * The name the sentence right after `record`'s own gives the "she" or "he" its sentence credited it to, when that
 * sentence ties the pronoun to a name; null otherwise. The tie outweighs whoever the pronoun was read as before
 * (an earlier woman of the text), never a name the quote's own sentence gave.
 */
export function nameGivenForPronoun(text: string, record: QuoteRecord): string | null {
  const end = Math.max(record.sentenceStart + record.quote.sentence.length, record.span.close + 1);
  const credit = record.local && record.path?.startsWith('pronoun') ? PRONOUN_CREDIT.exec(text.slice(record.span.close + 1, end)) : null;
  const pronoun = record.local ? (credit ? ((credit[1] ?? credit[2]) as 'she' | 'he') : null) : record.untoldPronoun;
  if (!pronoun) return null;
  const after = text.slice(end);
  const gave = GAVE_NAME_AS.exec(after);
  if (gave) return (gave[1] === 'her') === (pronoun === 'she') ? gave[2]! : null;
  const m = GAVE_ONLY_NAME.exec(after) ?? IDENTIFIED_AS.exec(after);
  return m && m[1]!.toLowerCase() === pronoun ? m[2]! : null;
}

// The sentence right after a quote that stands alone, saying whose words it was: 'That is from Jane Roe in
// Carrow.', 'That was a note from Tom Bell, a listener in Dunmere.', 'This one is from Jane Roe.'
const FROM_NAMED = /^\s*(?:That|This)(?:\s+one)?\s+(?:is|was|came|comes|['’]s)\s+(?:(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:note|message|letter|e-?mail|text|post|comment|question|voicemail)\s+)?from\s+((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){1,3})(?=[\s,.;])/u;

// The sentence right after a quote that stands alone, naming whose words they were with a phrase of owning the
// words: 'So said the engineer Jane Roe.', 'Those were the words of the minister, Jane Roe, after ...', 'Such was the
// verdict of the critic Jane Roe.', 'That was how the analyst Jane Roe put it.', 'Those were Jane Roe's words.'
// (A role or description may stand before the name, set off by a comma or not; but no preposition in it: "That was
// how the newspaper owned by Jane Roe described it", "So said the wife of Jane Roe" are another's words.)
// (Nor a relative word or a determiner: "The remark came from a memo that the clerk, Jane Roe, read aloud" is the
// memo's words, read by the clerk; a role is a noun phrase, not a clause about another thing.)
const ROLE_WORD = String.raw`(?!(?:by|of|for|at|from|with|to|in|on|about|against|under|near|behind|than|like|that|which|who|whom|whose|where|when|the|a|an|his|her|their|its|and|or)(?![\p{L}-]))[\p{Ll}-]+`;
const ROLE_BEFORE = String.raw`(?:(?:the|a|an|his|her|their|its)\s+(?:${ROLE_WORD}\s+){0,3}${ROLE_WORD},?\s+)?`;
// (Not a possessive: "the first person to say it to me was Jane Roe's father", "So said Jane Roe's lawyer" are another's words.)
const FULL_NAME = String.raw`((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){1,3})(?<!['’]s)`;
// A name written with a patronymic's initial close up to the given name, one word: "B.Ganz", "Ch.Oyun".
const INITIALLED_NAME = String.raw`[\p{Lu}][\p{Ll}]?\.[\p{Lu}][\p{Ll}]{2,}(?:-[\p{Lu}][\p{Ll}]+)?`;
// Nouns for words spoken and the passives that give them an agent ("The statement was conveyed by NAME").
const SAID_NOUN = String.raw`(?:statement|remarks?|words|comments?|assessment|warning|message|explanation|observation|view|appeal|call)`;
const SAID_PASSIVE = String.raw`(?:conveyed|made|delivered|voiced|expressed|uttered|given|offered|shared)`;
const WORDS_OWNED = [
  new RegExp(String.raw`^\s*(?:So|Thus)\s+(?:said|spoke|wrote)\s+${ROLE_BEFORE}${FULL_NAME}(?=[\s,.;])`, 'u'),
  new RegExp(String.raw`^\s*(?:Those|These|Such)\s+were\s+the\s+(?:words|thoughts|sentiments)\s+of\s+${ROLE_BEFORE}${FULL_NAME}(?=[\s,.;])`, 'u'),
  new RegExp(String.raw`^\s*Such\s+(?:was|is)\s+the\s+(?:verdict|view|judgement|judgment|answer|reply|response|warning|advice)\s+of\s+${ROLE_BEFORE}${FULL_NAME}(?=[\s,.;])`, 'u'),
  // ("That was the verdict of Mr. B.Ganz, a trader ...": "That" or "This" as "Such"; a courtesy title may stand
  // before the name, and the name may be one written with a patronymic's initial close up, "B.Ganz".)
  // ("That was the assessment of Jane Roe, ...": the nouns of the one-word frame below take a full name too.)
  new RegExp(String.raw`^\s*(?:That|This|Such)\s+(?:was|is)\s+the\s+(?:verdict|view|judgement|judgment|answer|reply|response|warning|advice|assessment|opinion|analysis)\s+of\s+${ROLE_BEFORE}(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(${INITIALLED_NAME}|(?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){1,3})(?=[\s,.;])`, 'u'),
  // ("That was the assessment of Tobing, an observer from ...": a wire's credit of the lede in the next sentence;
  // one word may name a person who goes by one name, when a description of one person ("a", "an") is set off
  // right after it, which a place or a body's short name never takes in this frame.)
  new RegExp(String.raw`^\s*(?:That|This|Such)\s+(?:was|is)\s+the\s+(?:assessment|opinion|analysis|view|verdict)\s+of\s+${ROLE_BEFORE}(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Pak|Bu|Ibu|Bapak)\.?\s+)?([\p{Lu}][\p{Ll}'’-]+)(?=,\s+(?:a|an)\s+[\p{Ll}])`, 'u'),
  // ('"..." The statement was conveyed by the Veldonian Ambassador to Ostria, Piet Armand, at a meeting ...', 'The
  // remark was made by Lena Vos, a dock worker.': a noun for spoken words in the passive, its agent the speaker,
  // named, or named after a role set off before the name.)
  new RegExp(String.raw`^\s*(?:The|That|This|Those|These)\s+${SAID_NOUN}\s+(?:was|were)\s+${SAID_PASSIVE}\s+by\s+(?:${ROLE_BEFORE}|(?:the\s+)?[^,;:"“”.!?()]{1,80},\s+)(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?${FULL_NAME}(?=[\s,.;])`, 'u'),
  // ("That was how Jane Roe, an adviser to the mayor, described the summit on ...": a role set off after the name,
  // and the thing described in place of "it"; "summed up" with its particle before the thing or "it", as in
  // "That was how Jane Roe summed up the mood on the floor".)
  new RegExp(String.raw`^\s*(?:That|This)\s+(?:was|is)\s+how\s+${ROLE_BEFORE}${FULL_NAME}(?:,\s+[^,;:.!?"“”]{1,100},|,)?\s+(?:(?:summed|sums)\s+(?:up\s+)?|(?:put|puts|described|describes|characterised|characterized|characterises|characterizes)\s+)(?:it|this|that|them|(?:the|this|that|their|its|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\b`, 'u'),
  new RegExp(String.raw`^\s*(?:Those|These)\s+were\s+${FULL_NAME}['’]s\s+(?:own\s+)?words\b`, 'u'),
  // ('"..." ¶ said Jane Roe, who has run the shelter since 2004.': a paragraph opening on a lowercase verb of saying
  // runs on from the words of the paragraph before, a block quote's credit set below it.)
  new RegExp(String.raw`^\s*(?:said|says|wrote|writes|added|adds)\s+${ROLE_BEFORE}${FULL_NAME}(?=[\s,.;])`, 'u'),
  // ('"..." The remark came from Jane Roe, a deputy head of ...', 'The advice came from the analyst Tom Bell, who
  // ...': a noun for spoken words that "came from" a person says whose the bare words before are, a wire's way of
  // crediting in the next sentence. A body's name too, "The warning came from the Carrow Harbour Board": the words
  // are then no continuation of the speaker before, though only a person is given them here.)
  new RegExp(String.raw`^\s*(?:The|That|This|Those|These)\s+(?:remarks?|advice|words|comments?|warning|line|assessment|verdict|observation|quip|prediction|reply|answer)\s+(?:came|comes)\s+from\s+${ROLE_BEFORE}(?:the\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?${FULL_NAME}(?=[\s,.;])`, 'u'),
];

/**
 * The name the sentence right after `record`'s own says the words came from ('"..." That is from Jane Roe in
 * Carrow.', '"..." So said Jane Roe.'), when the quote is its sentence's whole and no one was credited with it; null otherwise.
 */
export function nameSaidFromAfter(text: string, record: QuoteRecord): string | null {
  if (record.local || record.own) return null;
  const end = Math.max(record.sentenceStart + record.quote.sentence.length, record.span.close + 1);
  // (The quote is the whole of its sentence: nothing but an opening mark before it, closing marks after it.)
  if (/[\p{L}\p{N}]/u.test(text.slice(record.sentenceStart, record.span.open)) || /[\p{L}\p{N}]/u.test(text.slice(record.span.close + 1, end))) return null;
  const after = text.slice(end);
  const owned = ownerNamedAt(after);
  if (owned) return owned;
  // ('"..." I heard this line often, but the first person to say it to me was Jane Roe, ...': the sentence after
  // names who first said the words, anywhere in it.)
  const next = /^[^.!?"“”]*/u.exec(after)![0];
  return FIRST_TO_SAY.exec(next)?.[1] ?? null;
}

/**
 * Whether `next`, the paragraph after the one `record`'s quote fills alone (`text`, nothing but quotation marks
 * outside it), opens by saying where the words came from ('So said NAME', 'That is how NAME, a shepherd, describes the
 * winter', 'said NAME, who ...', 'That was how a delegate put it'): the source set below the words is theirs, so a
 * sentence of reported speech in the paragraph before the words does not give them its speaker.
 */
export function wordsSourcedByNext(text: string, record: QuoteRecord, next: string): boolean {
  if (!record.paragraphInitial || /[\p{L}\p{N}]/u.test(text.slice(record.span.close + 1))) return false;
  return ownerNamedAt(next) !== null || WORDS_CAME_FROM.test(next) || HOW_SOURCED.test(next) || SET_AGAINST.test(next);
}

// ('"..." ¶ That was not the assessment of NAME, an engineer who ...': the words are set against NAME's view; whose
// they are the text leaves untold, and they are no more those of the speaker the paragraph before reported.)
const SET_AGAINST = /^\s*(?:That|This)\s+(?:was|is)\s+not\s+the\s+(?:assessment|opinion|analysis|view|verdict|judgement|judgment)\s+of\b/u;

// A sentence opening on a noun for spoken words that "came from" anything ('The warning came from the office of Jane
// Roe', 'The remark came from a memo the clerk read'): the words are sourced there, whoever gave them, so they go
// on from no one before.
const WORDS_CAME_FROM = /^\s*(?:The|That|This|Those|These)\s+(?:remarks?|advice|words|comments?|warning|line|assessment|verdict|observation|quip|prediction|reply|answer)\s+(?:came|comes)\s+from\b/u;

/**
 * Whether the sentence right after `record`'s own, a quote that is its sentence's whole, says where the words came
 * from ("The warning came from the office of NAME", "That was how a senior diplomat put it"), a person or not: such
 * words continue no speaker before.
 */
export function wordsSourcedAfter(text: string, record: QuoteRecord): boolean {
  const end = Math.max(record.sentenceStart + record.quote.sentence.length, record.span.close + 1);
  if (/[\p{L}\p{N}]/u.test(text.slice(record.sentenceStart, record.span.open)) || /[\p{L}\p{N}]/u.test(text.slice(record.span.close + 1, end))) return false;
  return WORDS_CAME_FROM.test(text.slice(end)) || HOW_SOURCED.test(text.slice(end));
}

// '"..." That was how one senior diplomat summed up the day.', '... how a source close to the talks put it': the
// sentence after says who put the words so, named or only described; either way they go on from no one before.
const HOW_SOURCED = /^\s*(?:That|This)\s+(?:was|is)\s+how\s+[^.!?;"“”]{1,80}?\s+(?:(?:summed|sums)\s+(?:it\s+)?up|put\s+it|puts\s+it|described|describes|characteri[sz]ed|characteri[sz]es)\b/u;

/** The name a sentence opening `after` says the words before it came from ("So said NAME", "That was the verdict of NAME"), or null. */
function ownerNamedAt(after: string): string | null {
  const from = FROM_NAMED.exec(after)?.[1];
  if (from) return from;
  for (const re of WORDS_OWNED) {
    const m = re.exec(after);
    if (m) return goBetweenAgent(m[0]) ? null : m[1]!;
  }
  return null;
}

// One who carries another's words: "an aide to NAME", "a spokesman for the president", "the minister's envoy".
const GO_BETWEEN = String.raw`(?:aides?|spokes(?:man|men|woman|women|person|people)|messengers?|representatives?|envoys?|emissar(?:y|ies)|lawyers?|attorneys?|solicitors?|interpreters?|translators?|assistants?|secretar(?:y|ies)|couriers?|staffers?)`;
const GO_BETWEEN_AGENT = new RegExp(String.raw`\b(?:conveyed|delivered|given|shared)\s+by\s+(?:[^,;:"“”.!?()]*?\b${GO_BETWEEN}\s+(?:to|for|of)\s|[^,;:"“”.!?()]*?['’]s\s+(?:[\p{Ll}-]+\s+)?${GO_BETWEEN}\b)`, 'u');

/**
 * Whether the sentence sourcing the words passes them on through a go-between named after the role ("The message
 * was conveyed by an aide to NAME, NAME2"): the aide carried words that may be NAME's, so the name after the role
 * is not taken as their speaker.
 */
function goBetweenAgent(sourced: string): boolean {
  return GO_BETWEEN_AGENT.test(sourced);
}

/**
 * A lede of words alone, whose speaker the next paragraph names: '"..."' ending its paragraph (`text`), then a
 * paragraph (`next`) opening 'That was the verdict of NAME, a retired admiral, on Wednesday.', 'So said NAME, ...',
 * 'Those were the words of NAME ...'. The name, when `record` is credited to no one, the quote is the whole of its
 * sentence and nothing but quotation marks follows it in its paragraph; null otherwise.
 */
export function nameSaidFromNext(text: string, record: QuoteRecord, next: string): string | null {
  if (record.own || (record.local && !continuedAcross(record))) return null;
  const end = Math.max(record.sentenceStart + record.quote.sentence.length, record.span.close + 1);
  if (/[\p{L}\p{N}]/u.test(text.slice(record.sentenceStart, record.span.open)) || /[\p{L}\p{N}]/u.test(text.slice(record.span.close + 1))) return null;
  return ownerNamedAt(next);
}

// "the first person to say it to me was Jane Roe", "the first one to use the phrase was Jane Roe".
const FIRST_TO_SAY = new RegExp(String.raw`\bthe\s+first\s+(?:person|one|man|woman)\s+to\s+(?:say|use|utter)\s+(?:it|this|that|the\s+(?:line|phrase|sentence|words))(?:\s+to\s+me)?\s+was\s+${FULL_NAME}(?=[\s,.;]|$)`, 'u');

// The one described with "a", "an" or "one" (up to three words before a lowercase noun) who put the words so or
// whom they came from, up to a clause about them ("I interviewed", "who ..."), a comma or the sentence's end:
// '"..." That was how one senior diplomat summed up the day.', '"..." That line came from a retired Russian
// diplomat I interviewed in 2018.'
const DESCRIBED = String.raw`((?:a|an|one)\s+(?:[\p{L}-]+\s+){0,3}?[\p{Ll}-]+)`;
const DESCRIBED_SOURCE = [
  new RegExp(String.raw`^\s*(?:That|This)\s+(?:was|is)\s+how\s+${DESCRIBED}\s+(?:(?:summed|sums)\s+(?:it\s+)?up|put\s+it|puts\s+it|described|describes|characteri[sz]ed|characteri[sz]es)\b`, 'u'),
  new RegExp(String.raw`^\s*(?:The|That|This|Those|These)\s+(?:remarks?|advice|words|comments?|warning|line|assessment|verdict|observation|quip|prediction|reply|answer)\s+(?:came|comes)\s+from\s+${DESCRIBED}(?=\s+(?:I|we|who|whom|whose|that|in|at|from|on)\b|\s*[,.;])`, 'u'),
];

/**
 * The description of someone unnamed the sentence right after `record`'s own gives as the words' source ('"..."
 * That was how one senior diplomat summed up ...', '"..." That line came from a retired diplomat I met'), when
 * the quote is its sentence's whole and no one was credited with it; null otherwise.
 */
export function describedSourceAfter(text: string, record: QuoteRecord): string | null {
  if (record.local || record.own) return null;
  const end = Math.max(record.sentenceStart + record.quote.sentence.length, record.span.close + 1);
  if (/[\p{L}\p{N}]/u.test(text.slice(record.sentenceStart, record.span.open)) || /[\p{L}\p{N}]/u.test(text.slice(record.span.close + 1, end))) return null;
  const after = text.slice(end);
  for (const re of DESCRIBED_SOURCE) {
    const m = re.exec(after);
    if (m) return m[1]!;
  }
  return null;
}


/** Whether `record` was given its speaker only as going on from the paragraph before's (no credit of its own). */
export function continuedAcross(record: QuoteRecord): boolean {
  return !record.own && record.path === 'continuation: paragraph before';
}

// The next paragraph opening on words' source, named or not: "The statement was conveyed by ...", "That was the
// assessment of ...", "The remark came from ...". ("That was not the assessment of NAME" too: the words are set
// against NAME's, someone's the text does not name, and no more the speaker's before.)
const SOURCED_NEXT = new RegExp(String.raw`^\s*(?:(?:The|That|This|Those|These)\s+${SAID_NOUN}\s+(?:was|were)\s+${SAID_PASSIVE}\s+by\b|(?:That|This|Such)\s+(?:was|is)\s+(?:not\s+)?the\s+(?:assessment|opinion|analysis|view|verdict|judgement|judgment)\s+of\b)`, 'u');

/**
 * Whether `next`, the paragraph after a quote standing alone at the end of `text`, opens by saying whose the words
 * were (named or described, read or not): then the quote goes on from no speaker before it.
 */
export function sourcedInNext(text: string, record: QuoteRecord, next: string): boolean {
  if (record.own) return false;
  const end = Math.max(record.sentenceStart + record.quote.sentence.length, record.span.close + 1);
  if (/[\p{L}\p{N}]/u.test(text.slice(record.sentenceStart, record.span.open)) || /[\p{L}\p{N}]/u.test(text.slice(record.span.close + 1))) return false;
  return SOURCED_NEXT.test(next) || WORDS_CAME_FROM.test(next) || HOW_SOURCED.test(next) || ownerNamedAt(next) !== null;
}

/**
 * The role set off before `name` as the agent of the passive that sources the words in `next` ("The statement was
 * conveyed by the Veldonian Ambassador to Ostria, Piet Armand, at ..."): "the Veldonian Ambassador to Ostria", so a
 * later "the ambassador" is the one named; null when the name stands there without one.
 */
export function sourceRoleInNext(next: string, name: string): string | null {
  const m = new RegExp(String.raw`^\s*(?:The|That|This|Those|These)\s+${SAID_NOUN}\s+(?:was|were)\s+${SAID_PASSIVE}\s+by\s+((?:the|a|an)\s+[^,;:"“”.!?()]{1,80}),\s+${escapeRegExp(name)}[,.]`, 'u').exec(next);
  return m ? m[1]! : null;
}
