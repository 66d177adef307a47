/**
 * Words a sentence says someone denies having said: `Calder denied saying the governor was "a coward"`, `She
 * rejected claims that she had described voters as "sheep"`. Crediting the subject would confirm words the text
 * says were denied, so nobody is told.
 */

// (Verbs of bidding too, "denied that he had ordered troops to "hold at any cost"": the words are the order's.)
const SAYING = String.raw`(?:saying|said|say|calling|called|call|describing|described|describe|telling|told|tell|using|used|use|writing|wrote|write|branding|branded|labell?ing|labell?ed|ordering|ordered|order|instructing|instructed|instruct|urging|urged|urge|shouting|shouted|shout)`;
// Verbs that deny words, or that decline to vouch for them: "refused to confirm that he had called the manager
// "finished"", "neither confirmed nor denied that NAME had told officers he "acted alone"". Words nobody in the
// sentence will stand behind are nobody's to be shown saying.
const DENYING = String.raw`(?:denied|denies|deny|denying|disputed|disputes|rejected|rejects|dismissed|dismisses|neither\s+confirmed\s+nor\s+denied|(?:refused|refuses|declined|declines|would\s+not|wouldn[’']t|did\s+not|didn[’']t|could\s+not|couldn[’']t|will\s+not|won[’']t)\s+(?:to\s+)?(?:confirm|deny|confirm\s+or\s+deny))`;
const DENIED = new RegExp(
  String.raw`\b${DENYING}\s+` +
    // "denied saying", "denied ever having said", "denied that she had called", "rejected claims that he had said",
    // "disputed a report that the senator had called", "denied that her manager, NAME, had called" (a name set
    // off by commas inside the clause's subject), "denied she had called" (no "that": a pronoun and a perfect
    // open the clause).
    String.raw`(?:(?:(?:(?:the|a|an|these|those)\s+)?(?:claims?|reports?|suggestions?|allegations?|accusations?)\s+)?that\s+[\p{L}'’ -]{1,40}?(?:,\s+[\p{L}'’. -]{1,40},)?\s+(?:had\s+|has\s+|ever\s+|once\s+|really\s+)*|(?:he|she|they|I|we)\s+(?:had\s+|has\s+|ever\s+|once\s+|really\s+)+|(?:ever\s+|having\s+|once\s+)*)` +
    String.raw`${SAYING}\b[^.;:!?"“”«»_]*$`,
  'iu',
);

/**
 * A denied report of words given after a colon: "The ministry rejected reports that NAME had told troops: "..."".
 * The colon opens the words reported, not the denier's own. (Not "denied telling them anything:", whose colon
 * opens the denier's defence.)
 */
const DENIED_REPORT_COLON = new RegExp(
  String.raw`\b(?:denied|denies|deny|denying|disputed|disputes|rejected|rejects|dismissed|dismisses)\s+(?:the\s+)?(?:claims?|reports?|suggestions?|allegations?|accusations?)\s+that\s+[\p{L}'’ ,-]{1,60}?\s+(?:had\s+|has\s+|ever\s+|once\s+)*` +
    String.raw`(?:said|told|wrote|written|declared|shouted|ordered)(?:\s+(?!(?:anything|nothing|so|it|this|that|lies)\b)[\p{Ll}]+){0,3}\s*:\s*$`,
  'u',
);

/**
 * Words a sentence reports through a source that does not vouch for them, or says were never said: `a rumour that
 * the mayor had promised "..."`, `The paper retracted a report that the bishop had called the vote "..."`, `a clip
 * in which NAME appears to say "..."`, `NAME never told the board "..."`, `Whether NAME told farmers "..." is
 * disputed`. The one named is not shown saying them; nobody is told (a miss at worst, never a wrong).
 */
const UNVOUCHED = new RegExp(
  String.raw`(?:\b(?:rumou?r(?:s|ed)?|(?:retracted|withdrew|withdrawn|corrected)\s+(?:a|an|the|its|their|his|her)\s+(?:earlier\s+)?(?:reports?|story|stories|claims?|articles?))\s+that\s+[\p{L}'’ -]{1,40}?(?:,\s+[\p{L}'’. -]{1,40},)?\s+(?:had\s+|has\s+|ever\s+|once\s+)*(?:${SAYING}|promised|promising|vowed|pledged)` +
    String.raw`|\b(?:never|(?:appears?|appeared|seems?|seemed|seeming|appearing)\s+to)\s+(?:have\s+)?${SAYING}` +
    // "Whether NAME told farmers "..." is disputed": the words stand inside a clause of doubt opening the sentence,
    // its own subject's verb (a name set off by commas in it); not a relative clause's inside it ("Whether China,
    // which NAME called "...", says anything": NAME's words, the doubt is China's answer).
    String.raw`|^[\s"“*_]*Whether\s+[\p{L}'’ -]{1,40}?(?:,\s+[\p{L}'’. -]{1,40},)?\s+(?:had\s+|has\s+|ever\s+|once\s+|really\s+)*${SAYING})\b[^.;:!?,"“”«»_]*$`,
  'iu',
);
// (Not "NAME2 claimed that NAME had said "..."": the earlier reviews read the words as the one named's, reported.)
// (No comma after the verb: "NAME, who never said much, told reporters "..."" is a clause set off, then his own verb.)

/** Whether the sentence before the quote (`before`) says its words were denied, or reports them unvouched for (above). */
export function deniedWords(before: string): boolean {
  return DENIED.test(before) || DENIED_REPORT_COLON.test(before) || UNVOUCHED.test(before);
}

/**
 * Words a sentence credits to the object of a verb of judging: `Dolan accused Ashby of calling miners
 * "dinosaurs"`, `Moss condemned the minister for saying teachers were "overpaid"`, `Wynn thanked the senators
 * for saying they would "work late"`. The one who says the words is the one accused, condemned or thanked, not
 * the sentence's subject; which of the object's words they are is left to nobody (a miss, not a wrong). Not
 * when the verb is passive (`Dolan was criticised by his party for saying ...`: Dolan's words) or its object
 * is the subject itself (`she blamed herself for calling ...`), nor when a verb of saying of the subject's
 * follows (`... of lying, and said the bill was "dead"`).
 */
const JUDGED = String.raw`(?:accus|condemn|criticis|criticiz|blam|attack|prais|thank|slamm|rebuk|fault|chid|scold|mock|ridicul|applaud|commend|congratulat|credit|reprimand|lambast|denounc|berat|taunt|hail|castigat|assail|blast|sued|sues|su(?:e|ing)|fir|sack|punish|forgiv|forgave|excus|defend|chastis|admonish|upbraid|censur)[\p{Ll}]*`;
const JUDGED_GERUND = String.raw`(?:saying|calling|describing|claiming|admitting|promising|suggesting|insisting|declaring|branding|labell?ing|dubbing|writing|tweeting|posting|vowing|pledging|threatening|boasting|warning|telling|arguing|stating|asserting|proclaiming|predicting|comparing|referring|using|uttering|remarking|joking|complaining|urging|announcing|likening|characteri[sz]ing|insinuating|implying|alleging|describing|dismissing|deriding|questioning)`;
const OTHERS_WORDS = new RegExp(
  String.raw`(?<!\b(?:was|were|is|are|be|been|being|get|gets|got|getting)\s+(?:[\p{Ll}]+ly\s+)?)\b${JUDGED}\s+` +
    // (The object may have its name set off after its description: "accused the mayor, Jo Roe, of saying".)
    String.raw`(?!(?:himself|herself|themselves|itself|myself|ourselves|yourself)\b)[^.;:!?,"“”«»_]{1,60}?(?:,\s+[\p{Lu}][^.;:!?,"“”«»_]{1,40},)?\s+` +
    String.raw`(?:for|of)\s+(?:(?:ever|once|repeatedly|publicly|allegedly|reportedly|recently|previously|having)\s+)*${JUDGED_GERUND}\b` +
    String.raw`(?![^.;:!?"“”«»_]*\b(?:and|but|then|before)\s+(?:[\p{Ll}]+\s+){0,2}?(?:said|says|added|adds|told|tells|warned|insisted|argued|wrote|declared|called)\b)` +
    String.raw`[^.;:!?"“”«»_]*$`,
  'u',
);

/** Whether the sentence before the quote (`before`) says the words are those of the object of a verb of judging. */
export function judgedObjectWords(before: string): boolean {
  return OTHERS_WORDS.test(before);
}

/**
 * Words a sentence says someone was wrong (or right) to say: `Roe said the minister was wrong to call the arts
 * "a luxury"`, `critics say the mayor was quick to dismiss the flats as "eyesores"`. They are that one's words,
 * judged by the sentence's subject, who did not say them; nobody is told.
 */
const JUDGED_TO_SAY = new RegExp(
  String.raw`\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:(?:quite|so|too|very|badly|simply|plainly)\s+)?(?:wrong|right|mistaken|foolish|unwise|reckless|careless|quick|slow|irresponsible|justified|entitled)\s+to\s+(?:have\s+)?` +
    String.raw`(?:call|called|say|said|describe|described|claim|claimed|brand|branded|label|labell?ed|dismiss|dismissed|suggest|suggested|tell|told|write|written|dub|dubbed|term|termed)\b` +
    // (Not when a verb of saying of the subject's own follows: "... wrong to say so, and called the plan".)
    String.raw`(?![^.;:!?"“”«»_]*\b(?:and|but|then|before)\s+(?:[\p{Ll}]+\s+){0,2}?(?:said|says|added|adds|told|tells|insisted|argued|wrote|declared|called)\b)[^.;:!?"“”«»_]*$`,
  'u',
);

/** Whether the sentence before the quote (`before`) says its words are those of one judged wrong or right to say them. */
export function judgedToSay(before: string): boolean {
  return JUDGED_TO_SAY.test(before);
}

/**
 * Words a passive verb of judging or naming says others used of its subject: `Moss was criticised for being a
 * "failed manager"`, `she was branded "reckless"`, `Moss, who was derided as "out of touch", resigned`. The subject is the
 * one judged, not the one speaking; with no agent before the quote (`passive-agent.ts` reads "by X as") nobody is
 * told. Not when a gerund of saying gives the subject's own words (`was criticised for calling the plan "..."`),
 * nor when the subject goes on to speak (`... and said ...`).
 */
const JUDGING_PARTICIPLE = String.raw`(?:criticised|criticized|accused|branded|labell?ed|dubbed|termed|called|described|characteri[sz]ed|portrayed|derided|mocked|ridiculed|attacked|blasted|slammed|condemned|denounced|dismissed|lambasted|castigated|rebuked|praised|hailed|lauded|nicknamed|blamed|faulted|panned|pilloried|lampooned|vilified|excoriated|savaged)`;
const PASSIVE_JUDGED = new RegExp(
  // (Not in a clause of where a document says it: "a statement, where the talks are described as "..."" is the
  // statement's own wording, its author's.)
  // (Not after a modal: "the losses could be blamed on ..." is the judgement of whoever says so, not a report of
  // others' words.)
  // (The verb looked ahead for first: the look-behinds, tried at every character, read back up to sixty.)
  String.raw`(?=\b(?:is|was|were|are|been|being|be|get|gets|got)\s)(?<!\b(?:where|in\s+which)\b[^.;:!?"“”«»_]{0,60})(?<!\b(?:could|would|should|might|may|must|can|will|shall)(?:\s+not)?\s+)\b(?:is|was|were|are|been|being|be|get|gets|got)\s+(?:(?:also|often|once|later|then|long|since|repeatedly|publicly|widely|roundly|sharply|frequently|previously|variously|[\p{Ll}]+ly)\s+){0,2}${JUDGING_PARTICIPLE}\b` +
    String.raw`(?![^.;:!?"“”«»_]*\b(?:by|${JUDGED_GERUND})\b)` +
    // (Nor when the passive is a gerund subject whose own verb comes before the quote: "being cast as such is a
    // "..."" quotes the predicate, whoever states it.)
    String.raw`(?![^.;:!?"“”«»_]*\b(?:is|was|are|were|isn't|wasn't)\b)` +
    String.raw`(?![^.;:!?"“”«»_]*\b(?:and|but|then|before)\s+(?:[\p{Ll}]+\s+){0,2}?(?:said|says|added|adds|told|tells|warned|insisted|argued|wrote|declared|replied|responded)\b)` +
    String.raw`[^.;:!?"“”«»_]{0,80}$`,
  'u',
);

/** Whether the sentence before the quote (`before`) says its words are others' judgement of a passive verb's subject. */
export function passiveJudgedWords(before: string): boolean {
  return PASSIVE_JUDGED.test(before);
}

/**
 * Whether the sentence right after a quote's (`after`, the paragraph's text from the end of the quote's sentence)
 * has the one credited (`name`, by their surname) deny the words: 'According to his rival, the mayor NAME told
 * donors the town was "for sale". NAME says the conversation never happened.', '... NAME denies saying it.'. The
 * quote reports a claim its own speaker denies; shown as theirs, it would confirm what the text says is denied.
 * (Only the surname, never a pronoun: "Roe called Doe "a thief". He denied it." may be Doe's denial.)
 */
export function deniedInNextSentence(after: string, name: string): boolean {
  const surname = name.trim().split(/\s+/u).at(-1);
  if (!surname || !/^[\p{Lu}]/u.test(surname) || !after.includes(surname)) return false;
  const next = /^\s*([^.!?]*[.!?])/u.exec(after)?.[1];
  if (!next) return false;
  return denialOf(surname).test(next);
}

const DENIAL_TAIL = String.raw`(?:(?:has|had)\s+)?(?:(?:since|later|flatly|strongly|firmly|repeatedly|also)\s+)?(?:(?:denies|denied|disputes|disputed|rejects|rejected)\s+(?:it|this|that|the\s+(?:claim|account|remark|report|quote|story|words)|(?:ever\s+)?(?:having\s+)?(?:saying|said|making|using)\b)|(?:says|said|insists|insisted|maintains|maintained)\s+(?:that\s+)?(?:(?:the|this|that|any\s+such)\s+(?:conversation|remark|exchange|meeting|call|lunch|dinner)\s+(?:never\s+(?:happened|took\s+place)|did\s+not\s+(?:happen|take\s+place))|(?:he|she|they)\s+(?:never|did\s+not|didn[’']t)\s+(?:say|said|use|used)\s+(?:it|that|this|so|those\s+words|any\s+such\s+thing)))`;
const denialOf = (surname: string): RegExp => new RegExp(String.raw`^\s*(?:(?:But|Yet|And)\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}${surname.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\s+${DENIAL_TAIL}\b`, 'u');
