/**
 * "I do not often agree with NAME, but she was right when she told your paper that "..."": a sentence whose first
 * clause has the writer ("I", "we") as its subject and one person named in it, then a clause joined by a comma and
 * "but", "and", "yet" or "so" opening on "he" or "she": the pronoun can only be that person (the writer is never
 * "he" or "she", and no one else is named before it). Letters and columns credit quotes so.
 */

// The writer's clause opening the sentence (perhaps after "But" or "And"), up to the comma and conjunction before
// the first "he" or "she" of the sentence.
const WRITER_CLAUSE = /^\s*(?:(?:But|And|Yet|So)\s+)?(?:I|We)\s[^;:"“”_]*?,\s+(?:but|and|yet|so)\s+(he|she)\b/u;

/**
 * Where, in `text` (a sentence's narration, quotes masked), the first clause ends when it is the writer's and the
 * clause after it opens on `pronoun` ("he" or "she"); -1 when the sentence is not so. The caller asks that the
 * writer's clause name exactly one person, of the pronoun's sex.
 */
export function writerClauseEnd(text: string, pronoun: 'he' | 'she'): number {
  const m = WRITER_CLAUSE.exec(text);
  if (!m || m[1] !== pronoun) return -1;
  return m.index + m[0].length - m[1].length;
}
