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
