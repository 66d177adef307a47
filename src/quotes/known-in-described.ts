/**
 * `X described the officials she had known as "..."`: "known" there is the verb of a relative clause inside the
 * object of a verb that takes "as" ("described ... as", "saw ... as"), and the "as" is that verb's, so the words
 * are X's description, not a name the thing was known by ("a man known as "..."").
 */
const DESCRIBING = String.raw`(?:described|describes|describe|describing|regarded|regards|saw|sees|characteri[sz]ed|characteri[sz]es|portrayed|portrays|depicted|depicts|remembered|remembers)`;
const KNOWN_IN_OBJECT = new RegExp(
  String.raw`\b${DESCRIBING}\s+(?:(?!as\b)[^\s,;:"“”_()—–]+\s+){1,8}?(?:I|we|you|he|she|they|who|whom|that)\s+(?:had\s+|has\s+|have\s+|once\s+|first\s+|long\s+)*(?:known|knew)\s+as\s*$`,
  'u',
);

/** Whether `before` (a sentence up to a quote) ends "VERB the ones SUBJECT had known as", the "as" the describing verb's. */
export function knownInDescribedObject(before: string): boolean {
  return KNOWN_IN_OBJECT.test(before);
}
