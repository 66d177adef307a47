/**
 * Words a sentence says someone denies having said: `Calder denied saying the governor was "a coward"`, `She
 * rejected claims that she had described voters as "sheep"`. Crediting the subject would confirm words the text
 * says were denied, so nobody is told.
 */

const SAYING = String.raw`(?:saying|said|say|calling|called|call|describing|described|describe|telling|told|tell|using|used|use|writing|wrote|write|branding|branded|labell?ing|labell?ed)`;
const DENIED = new RegExp(
  String.raw`\b(?:denied|denies|deny|denying|disputed|disputes|rejected|rejects|dismissed|dismisses)\s+` +
    // "denied saying", "denied ever having said", "denied that she had called", "rejected claims that he had said".
    String.raw`(?:(?:(?:the\s+)?(?:claims?|reports?|suggestions?|allegations?|accusations?)\s+)?that\s+[\p{L}'’ -]{1,40}?\s+(?:had\s+|has\s+|ever\s+|once\s+|really\s+)*|(?:ever\s+|having\s+|once\s+)*)` +
    String.raw`${SAYING}\b[^.;:!?"“”«»_]*$`,
  'iu',
);

/** Whether the sentence before the quote (`before`) says its words were denied. */
export function deniedWords(before: string): boolean {
  return DENIED.test(before);
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
    String.raw`(?!(?:himself|herself|themselves|itself|myself|ourselves|yourself)\b)[^.;:!?,"“”«»_]{1,60}?\s+` +
    String.raw`(?:for|of)\s+(?:(?:ever|once|repeatedly|publicly|allegedly|reportedly|recently|previously|having)\s+)*${JUDGED_GERUND}\b` +
    String.raw`(?![^.;:!?"“”«»_]*\b(?:and|but|then|before)\s+(?:[\p{Ll}]+\s+){0,2}?(?:said|says|added|adds|told|tells|warned|insisted|argued|wrote|declared|called)\b)` +
    String.raw`[^.;:!?"“”«»_]*$`,
  'u',
);

/** Whether the sentence before the quote (`before`) says the words are those of the object of a verb of judging. */
export function judgedObjectWords(before: string): boolean {
  return OTHERS_WORDS.test(before);
}
