/**
 * A quote held inside someone's possessive: `X mocked Y's "..." slogan`, `X said Y's promise of "..." was empty`,
 * `X rejected Y's claim that the border was "..."`. The words belong to the possessor when a noun of speech names
 * them (slogan, jibe, promise, claim ...): the verb's subject only mocks, rejects or repeats them. With no such
 * noun (`X hit back at Y's "tired old lines"`) the words may be either's: the subject's scorn or the possessor's
 * phrase, so nobody is told.
 */
import { isLemma, wordnetAvailable } from '../text/wordnet.ts';

// A name before the possessive: capitalised words, the first maybe "The" (stripped by the caller's parser).
// (A surname may hold an apostrophe before a capital, "O'Dell", "D'Souza": the possessive's is the last one.)
const OWNER = String.raw`((?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}](?:[\p{L}-]|['’](?=[\p{Lu}]))*)['’]s`;
// Words that call the owner's words by what they are.
const SPEECH_NOUN = String.raw`(?:accusations?|allegations?|conclusions?|contention|insistence|suggestions?|complaints?|admission|slogan|jibe|jab|quip|remarks?|comments?|lines?|phrase|catchphrase|catch-phrase|asides?|mantra|motto|refrain|pledges?|promises?|vows?|warnings?|claims?|assertions?|descriptions?|characteri[sz]ation|label|taunt|boasts?|bluster|bragging|brags?|retort|tagline|formula|joke|insult|put-down|barb|nickname|tweet|post|rhetoric|appeal|plea|demand|responses?|reply|replies|answers?|threat|message|assurances?|prediction|forecast|statement|words|cry|battle\s+cry|rallying\s+cry|call)`;
// A word or two praising or placing the words ("now-famous", "oft-repeated", "latest").
// (Or the year the words were said: "Y's own 2019 promise"; or where they stand among Y's words: "Y's further
// statement", "Y's second claim", "Y's public remarks".)
const QUALIFIER = String.raw`(?:(?:[\p{Ll}]+-[\p{Ll}]+|famous|infamous|memorable|trademark|signature|favou?rite|own|latest|earlier|old|new|recent|repeated|much-quoted|further|additional|first|second|third|final|last|previous|subsequent|initial|original|later|separate|main|central|broader|public|written|private|(?:19|20)\d\d)\s+){0,2}`;

const OWNED_FRAGMENT = new RegExp(String.raw`(?:^|[^\p{L}'’])${OWNER}\s+${QUALIFIER}$`, 'u');
const NAMED_AFTER = new RegExp(String.raw`^[\s,'’]*(?:as\s+(?:(?:a|an|the|mere|just)\s+)?(?:[\p{Ll}-]+\s+)?)?${SPEECH_NOUN}\b`, 'u');
// `Y's promise of "..."`, `Y's assertion of a "..."` (an article may stand before the words), `Y's pledge to "..."`,
// `Y's claim that the talks were "..."` (that clause with no other sentence mark or quote between), `Y's warning:
// "..."`, `Y's response was: "..."`. Before "that" the noun may carry a short phrase saying to whom, where or when
// the words were said (`Y's remark to reporters that ...`, `Y's claim on Monday that ...`).
// (No verb of speech inside it: in `The record of Y's remarks to reporters shows Z said that ...` the "that" clause
// is Z's, the complement of "said", not the content of Y's remarks.)
const SAID_WHERE = String.raw`(?:\s+(?:to|on|in|at|before|during|after|earlier|last)\s+(?:(?!\b(?:said|says|say|told|tells|tell|wrote|writes|added|adds|stated|states|shows?|showed|confirms?|confirmed)\b)[^.;:!?,"“”«»_]){1,40}?)?`;
// (Also `Y's pledge to be "..."`, the infinitive a promise or a call takes; `Y's claim is that ...`; and a word or
// two of judging before the noun, `Y's controversial pledge`, checked in `possessedWords`.)
const LOOSE = String.raw`((?:[\p{Ll}][\p{Ll}-]*\s+){0,2})`;
const NAMED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’])${OWNER}\s+${QUALIFIER}${LOOSE}(${SPEECH_NOUN})\s*(?:(?:of|to|about)\s+(?:(?:a|an|the)\s+)?|to\s+([\p{Ll}]+)\s+(?:[\p{Ll}]+\s+){0,3}|about\s+(?:being|having|how|what)\b[^.;:!?,"“”«»_]{0,60}?\s|(?:\s(?:is|was))?:\s*|${SAID_WHERE}(?:\s+(?:is|was))?,?\s+that\s+[^.;:!?"“”«»_]*?)$`, 'u');
// Nouns of words that take the infinitive of what is promised or asked: `Y's pledge to be "..."`.
const TO_VERB_NOUN = /^(?:pledges?|promises?|vows?|call|demand|threat|plea|appeal|warnings?)$/u;
// Adverbs of degree before an adjective of judging: `Y's most explosive claim`.
const DEGREE = /^(?:most|more|very|less|least|so|often)$/u;

// `Y's line at the top of the meeting was the one everybody clipped: "..."`: a noun that names the owner's words
// themselves, perhaps where they were said, then "is" or "was" and a short predicate judging them, before the colon
// that gives them. (`ownWordsJudged` keeps the predicate to lowercase words naming no other speaker or speech.)
const OWN_WORDS_NOUN = String.raw`(?:lines?|words|remarks?|comments?|phrase|quip|retort|answer|reply|response|message|statement|verdict)`;
const OWNED_JUDGED_COLON = new RegExp(String.raw`(?:^|[^\p{L}'’])${OWNER}\s+${QUALIFIER}${OWN_WORDS_NOUN}${SAID_WHERE}\s+(?:is|was|are|were)\s+((?:[\p{Ll}-]+\s+){0,6}[\p{Ll}-]+)\s*:\s*$`, 'u');
// Words of a predicate that bring in another's words or another one: a reply, a verb of speech, a pronoun, an agent.
const OTHER_VOICE = new RegExp(String.raw`^(?:${SPEECH_NOUN}|said|says|told|tells|wrote|writes|asked|asks|replied|answered|responded|retorted|echoed|repeated|quoted|met|followed|by|from|with|than|after|he|she|they|him|his|her|them|their|its|who|whose)$`, 'u');

/** The named owner of words a colon gives after they are judged (`Y's line was the one everybody clipped:`), or null. */
function ownWordsJudged(before: string): string | null {
  const m = OWNED_JUDGED_COLON.exec(before);
  if (!m || m[2]!.split(/\s+/u).some((w) => OTHER_VOICE.test(w))) return null;
  return m[1]!;
}

/**
 * Whether the regular expression's looser reading holds: each word before the noun (beyond the fixed qualifiers)
 * is an adjective or a degree word, as WordNet knows them (not a noun, "Y's campaign claim", whose words may be
 * the campaign's), and a verb follows "to".
 */
function looseReadingHolds(m: RegExpExecArray): boolean {
  const loose = m[2]!.trim();
  if (loose !== '' && (!wordnetAvailable() || !loose.split(/\s+/u).every((w) => DEGREE.test(w) || isLemma(w, 'adj')))) return false;
  const verb = m[4];
  return verb === undefined || (TO_VERB_NOUN.test(m[3]!) && wordnetAvailable() && isLemma(verb, 'verb') && !/^(?:a|an|the|his|her|their|its)$/u.test(verb));
}

// `the parents' claims that the plan would "..."`, `the union's warning of "..."`: an owner described, not named.
const DESCRIBED_OWNER_BEFORE = new RegExp(String.raw`\b(?:the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+(?:s['’]|['’]s)\s+${QUALIFIER}${SPEECH_NOUN}\s*(?:(?:of|to|about)\s+(?:(?:a|an|the)\s+)?|(?:\s(?:is|was))?:\s*|${SAID_WHERE},?\s+that\s+[^.;:!?"“”«»_]*?)$`, 'u');

// (So "by" or "from" an owner described: `the claim by critics that the jab was "..."`, `the warning from the union that`.)
const DESCRIBED_OWNER_BY = new RegExp(String.raw`\bthe\s+${QUALIFIER}${SPEECH_NOUN}\s+(?:by|from)\s+(?:(?:the|some|many|several|its|his|her|their|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+\s*(?:${SAID_WHERE},?\s+that\s+[^.;:!?"“”«»_]*?|:\s*)$`, 'u');

/** Whether the quote stands in the words of an owner described, not named (`the parents' claims that ... "..."`). */
export function describedOwnerWords(before: string): boolean {
  const by = before.includes(' by ') || before.includes(' from ') ? DESCRIBED_OWNER_BY.exec(before) : null;
  if (by && !outsideClause(before.slice(by.index))) return true;
  if (!before.includes("s'") && !before.includes('s’') && !before.includes("'s") && !before.includes('’s')) return false;
  const m = DESCRIBED_OWNER_BEFORE.exec(before);
  return m !== null && !outsideClause(before.slice(m.index));
}

/**
 * Whether the quote, though after `Y's claim that ...`, stands outside that clause: a label the main verb applies
 * (`describing Y's statement that he opposed the war as "..."`), or the main clause's predicate after a second
 * "is" (`Y's claim that Z is in favour of it is "simply not true"`).
 */
function outsideClause(tail: string): boolean {
  // (The copula of `Y's claim is that ...` opens the clause; only the ones after it count.)
  const clause = tail.replace(/\s(?:is|was)\s+that\s/u, ' that ');
  return /\bas\s*$/iu.test(clause) || (clause.match(/\b(?:is|was|are|were)\b/giu)?.length ?? 0) >= 2 || RELATIVE_THAT.test(clause);
}
// A "that" with a verb right after it and that verb's object, after a phrase of "in", "with", "through" or "via"
// and a noun, opens a relative clause of that noun, not the content of the owner's words: in `X rebutted Y's
// claims in posts that called them "..."` the posts call them so (X's posts, or whoever's), not Y's claims.
// (Right after the owner's noun, or after a time, "Y's remarks on Monday that called the wall "..."", the
// clause is still the owner's words.)
const RELATIVE_THAT = /\s(?:in|with|through|via)\s+(?:(?:a|an|the|his|her|their|its|several|two|three|four)\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+\s+that\s+(?:(?:had|has|have|also|then|later)\s+)*(?:called|described|dubbed|labell?ed|branded|termed|said|told|urged|warned|accused|mocked|dismissed|derided|praised|hailed|read|reads|calls|describes|says|urges|warns)\s+(?:them|it|him|her|his|their|its|the|a|an|this|these|those)\b[^.;:!?"“”«»_]*$/u;

// `Y's further statement that Z had told him "..."`, `Y's claim that he said "..."`: the "that" clause reports
// another's words with a subject and a verb of saying of its own, so the quoted words are not Y's; nobody is
// told. (A verb right after "that" is a relative clause of Y's words, "Y's remarks that called the wall ...".)
const INNER_REPORT = /\bthat\s+(?:[^.;:!?"“”«»_\s]+\s+)+?(?:(?:had|has|have|also|then|once)\s+)?(?:said|says|told|tells|wrote|writes|shouted|shouts|asked|asks|urged|urges|replied|replies)\b[^.;:!?"“”«»_]*$/u;
function innerReport(tail: string): boolean {
  return INNER_REPORT.test(tail);
}

// `NAME, responding to Y's claim: "..."`, `asked about Y's remarks: "..."`: the words after the colon answer Y's,
// they are not Y's.
function answeringColon(before: string, at: number): boolean {
  return /:\s*$/u.test(before) && /\b(?:respond(?:ing|ed|s)?|repl(?:ying|ied|ies)|react(?:ing|ed|s)?|in\s+(?:response|reply|answer)|asked\s+about|questioned\s+about)\s+(?:to\s+)?$/u.test(before.slice(0, at + 1).replace(/\s+$/u, ' '));
}

const LABELLED = /\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed|ing)?|labell?(?:s|ed|ing)?|brand(?:s|ed|ing)?|described\s+as|describes\s+as)\s*$/iu;

// `Moen said Dahl's phrase "..." still haunts her`, `Moen said Dahl's words, "...," were the last she heard`: the
// quote set right after a noun that calls it the owner's words, as the noun's apposition, is the owner's.
const APPOSED_NOUN = String.raw`(?:phrase|catchphrase|catch-phrase|words|slogan|motto|mantra|refrain|lines?|warning|promise|pledge|vow|taunt|jibe|quip|retort|tagline|rallying\s+cry|battle\s+cry|remarks?|comments?)`;
const NAMED_APPOSED = new RegExp(String.raw`(?:^|[^\p{L}'’])${OWNER}\s+${QUALIFIER}${APPOSED_NOUN},?\s*$`, 'u');
// (Not in a phrase fronted before the sentence's subject, "After Dahl's remarks, "...," Moen said", nor when a
// reporting verb right after the quote names its speaker.)
const FRONTED_PHRASE = /^\s*(?:after|following|despite|since|before|amid|in|on|at|with|without|unlike|like|beyond|besides|given|over|about|regarding|of)\b[^.;:!?"“”«»_]*$/iu;
// (Nor a possessive a preposition governs, "what he said about Roe's phrase "..."": the words are talked about,
// and whoever talks about them may be using them; nor words that open with a verb, the predicate of the noun
// rather than its apposition: `Ryan said Roe's comments "show bias"`.)
// (Nor after a verb of naming or judging, whose object the words are the label of: `Scott has called Mr. Roe's
// comments "racially toxic"`.)
const NAMING_BEFORE = /\b(?:called|calls|call|calling|dubbed|termed|labell?ed|branded|described|describes|describing|deemed|considered|considers|found|finds|judged|judges|rated|thought|thinks)\s+(?:(?:the|his|her|their|its|a|an)\s+)?$/u;
const AFTER_PREPOSITION = /\b(?:about|of|on|over|regarding|at|with|to|from|by|for|against|into|in)\s*$/iu;
const PREDICATE_OPENING = /^\s*(?:is|was|are|were|be|been|being|has|have|had|shows?|showed|shown|seems?|seemed|reflects?|reflected|proves?|proved|makes?|made|means?|meant|sounds?|sounded|did|does|do|will|would|can|could|should|may|might|must|amounts?|amounted|goes|went|remains?|remained|[\p{Ll}]+ed)\b/u;
const CREDIT_AFTER = /^\s*[,!?]?\s*(?:(?:he|she|they|it|(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}|(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3})\s*)?(?:said|says|added|adds|told|tells|wrote|writes|asked|asks|replied|recalled|insisted|warned)\b/u;

// `Moen said the chairman's phrase, "...," was chosen with care`: so with an owner described, not named.
const DESCRIBED_APPOSED = new RegExp(String.raw`\b(?:the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+(?:s['’]|['’]s)\s+${QUALIFIER}${APPOSED_NOUN},?\s*$`, 'u');

/**
 * Whether the quote is set as the apposition of a noun calling it the words of an owner described, not named
 * (`the chairman's phrase, "...",`): that owner's words, not the sentence subject's; the same exclusions as a
 * named owner's apposition (a fronted phrase, a preposition, a verb of naming before; a credit after).
 */
export function describedApposedWords(before: string, after: string, words = ''): boolean {
  if (!before.includes("s'") && !before.includes('s’') && !before.includes("'s") && !before.includes('’s')) return false;
  const m = DESCRIBED_APPOSED.exec(before);
  if (!m) return false;
  const head = before.slice(0, m.index);
  return !FRONTED_PHRASE.test(head) && !AFTER_PREPOSITION.test(head) && !NAMING_BEFORE.test(head) && !CREDIT_AFTER.test(after) && !PREDICATE_OPENING.test(words);
}

// `X rejected the claim by MP Jo Roe that the jab was "..."`: a noun of speech whose owner "by" or "from" names,
// then its "that" clause (or a colon) up to the quote: the words are that owner's, as `Roe's claim that` makes them.
const NAMED_BY = new RegExp(String.raw`\bthe\s+${QUALIFIER}${SPEECH_NOUN}\s+(?:by|from)\s+(?:[\p{Ll}-]+\s+){0,2}((?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}-]*)\s*(?:${SAID_WHERE},?\s+that\s+[^.;:!?"“”«»_]*?|:\s*)$`, 'u');

// `The host plays a clip of Y's answer when a reporter asked whether ...: "..."`: a recording of someone's words, played,
// aired or read out before a colon, holds that owner's words, however long the clause telling when they were said;
// the one who plays it and the ones the clause names (the reporter who asked) only carry or prompt them.
const RECORDED = new RegExp(String.raw`\b(?:a|an|the|this|that)\s+(?:(?:short|brief|new|old|archive|video|audio)\s+)?(?:clip|recording|tape|excerpt|extract|snippet|soundbite|sound\s+bite|video|footage)\s+of\s+${OWNER}\s+(?:[\p{Ll}-]+\s+){0,3}${SPEECH_NOUN}\b[^.;:!?"“”«»_]{0,140}:\s*$`, 'u');

// `because of Y's remarks, which have contained the claim that Z was the "..."`: a "which" clause set off after
// a named owner's noun of speech, telling what those words held (included, contained, featured).
const NAMED_INCLUDED = new RegExp(String.raw`(?:^|[^\p{L}'’])${OWNER}\s+${QUALIFIER}${LOOSE}(${SPEECH_NOUN}),\s+which\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(?:included|includes|include|contained|contains|contain|featured|features)\s+[^.;:!?"“”«»_]*$`, 'u');

/**
 * Whether the quote stands in a "which" clause telling what a named owner's words held (`because of Y's remarks,
 * which have contained the claim that Z was the "..."`): the words are Y's, not the sentence subject's; the
 * caller leaves them to no one rather than make Y a speaker the next "he said" might go back to.
 */
export function includedInOwnedWords(before: string): boolean {
  if (!before.includes('which') || (!before.includes("'s") && !before.includes('’s'))) return false;
  const m = NAMED_INCLUDED.exec(before);
  return m !== null && looseReadingHolds(m) && !innerReport(before.slice(m.index));
}

/**
 * Whose possessive holds the quote (`before` is the sentence up to the quote, `after` what follows it), and whether a
 * noun of speech makes the words that owner's; `judged` when the owner's words are judged before a colon (`Y's line
 * was the one everybody clipped:`), which the caller takes only from a person it knows.
 */
export function possessedWords(before: string, after: string, words = ''): { owner: string; said: boolean; judged?: boolean } | null {
  const by = before.includes(' by ') || before.includes(' from ') ? NAMED_BY.exec(before) : null;
  if (by && !outsideClause(before.slice(by.index))) return { owner: by[1]!, said: !innerReport(before.slice(by.index)) && !answeringColon(before, by.index) };
  // Runs for every quote: most sentences hold no possessive at all and need no pattern tried.
  if (!before.includes("'s") && !before.includes('’s')) return null;
  const recorded = before.includes(' of ') ? RECORDED.exec(before) : null;
  if (recorded) return { owner: recorded[1]!, said: true };
  const named = NAMED_BEFORE.exec(before);
  if (named && looseReadingHolds(named) && !outsideClause(before.slice(named.index))) return { owner: named[1]!, said: !innerReport(before.slice(named.index)) && !answeringColon(before, named.index) };
  // (A colon after the owner's words judged: `Y's line was the one everybody clipped: "..."`.)
  const judged = /:\s*$/u.test(before) ? ownWordsJudged(before) : null;
  if (judged) return { owner: judged, said: true, judged: true };
  const apposed = NAMED_APPOSED.exec(before);
  if (apposed && !FRONTED_PHRASE.test(before.slice(0, apposed.index + 1)) && !AFTER_PREPOSITION.test(before.slice(0, apposed.index + 1)) && !NAMING_BEFORE.test(before.slice(0, apposed.index + 1)) && !CREDIT_AFTER.test(after) && !PREDICATE_OPENING.test(words)) return { owner: apposed[1]!, said: true };
  const owned = OWNED_FRAGMENT.exec(before);
  // `what he called Y's "cheap shots"`: a verb of naming before the possessive makes the words its subject's label.
  if (!owned || LABELLED.test(before.slice(0, owned.index + 1))) return null;
  return { owner: owned[1]!, said: NAMED_AFTER.test(after) };
}

// `Y's claim that ... "..."` with the owner a possessive pronoun: `her comments before the committee that "..."`,
// `his promise to be "..."`, `his warning that ... the "..."`.
const PRONOUN_BEFORE = new RegExp(String.raw`\b(his|her)\s+${QUALIFIER}${LOOSE}(${SPEECH_NOUN})\s*(?:(?:of|to|about)\s+(?:(?:a|an|the)\s+)?|to\s+([\p{Ll}]+)\s+(?:[\p{Ll}]+\s+){0,3}|(?:\s(?:is|was))?:\s*|${SAID_WHERE}(?:\s+(?:is|was))?,?\s+that\s+[^.;:!?"“”«»_]*?)$`, 'u');

// A verb of handing on another's words right before the possessive ("translated his", "read out her").
const RELAYED_BEFORE = /\b(?:translat(?:ed|es|ing|e)|interpret(?:ed|s|ing)?|read(?:s|ing)?(?:\s+out)?|relay(?:ed|s|ing)?|render(?:ed|s|ing)?|recit(?:ed|es|ing)|repeat(?:ed|s|ing)?|paraphras(?:ed|es|ing))\s*$/u;

/**
 * The pronoun ("he" or "she") whose possessive owns the words of speech holding the quote (`her remark that "..."`,
 * `his promise to be "..."`), as `possessedWords` reads a named owner's; null when none does, or when the words
 * are another's reported inside them or answer them.
 */
export function pronounOwnedWords(before: string): 'he' | 'she' | null {
  if (!before.includes('his ') && !before.includes('her ')) return null;
  const m = PRONOUN_BEFORE.exec(before);
  if (!m || !looseReadingHolds(m) || outsideClause(before.slice(m.index)) || innerReport(before.slice(m.index)) || answeringColon(before, m.index)) return null;
  // ("The envoy's interpreter, NAME, translated his reply: ...": words handed on by a verb of relaying are the
  // owner's, whom the sentence names only in a possessive before; who the "his" is, the pronoun reading cannot tell.)
  if (RELAYED_BEFORE.test(before.slice(0, m.index))) return null;
  return m[1] === 'his' ? 'he' : 'she';
}
