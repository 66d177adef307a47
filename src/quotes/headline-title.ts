// Quotations set as titles, which list a work rather than report words said.

/**
 * Whether a quotation is set as a title: two to six words, each of three letters or more capitalised, and no
 * mark of a sentence inside ("Harbor Lights", "The Quiet Charter"). Words said are rarely so written.
 */
export function headlineTitle(quoted: string): boolean {
  const words = quoted.replace(/^[\s'"‘“]+|[\s'"’”]+$/gu, '').split(/\s+/u).filter(Boolean);
  if (words.length < 2 || words.length > 6 || words.some((w) => /[.,;:!?]$/u.test(w))) return false;
  return words.every((w) => !/^[\p{L}]{3,}/u.test(w) || /^[\p{Lu}]/u.test(w)) && /^[\p{Lu}]/u.test(words[0]!);
}
