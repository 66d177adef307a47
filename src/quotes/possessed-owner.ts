/**
 * "The minister's office later said .... The regional governor's office would only say ...": a description that
 * ties its head to an owner by a possessive ("the regional governor's office") is not a speaker the text called
 * the same head of another owner ("the minister's office"): two offices, two bodies. Without an owner word in
 * common the two shared no word, and the reading took the latest of the head ("office") for the new one.
 */

// "the [up to two modifiers] OWNER's HEAD": the owner's words and the head.
const POSSESSED = /^the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)['’]s\s+([\p{Ll}-]+)$/iu;

/** The owner's lowercase words of a possessed description with head `head` ("regional governor"), or null. */
function ownerWords(text: string, head: string): string[] | null {
  const m = POSSESSED.exec(text.trim());
  return m && m[2]!.toLowerCase() === head ? m[1]!.toLowerCase().split(/\s+/u) : null;
}

/**
 * Whether the description `text` (head `head`) and one of the names `names` of a speaker seen before both tie
 * that head to an owner by a possessive, with different owner nouns (the owners' last words): another body.
 */
export function otherPossessor(text: string, head: string, names: readonly string[]): boolean {
  const mine = ownerWords(text, head);
  if (!mine) return false;
  return names.some((n) => {
    const theirs = ownerWords(n, head);
    return theirs !== null && !mine.includes(theirs.at(-1)!) && !theirs.includes(mine.at(-1)!);
  });
}
