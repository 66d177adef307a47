/**
 * Whether a sentence's subject is a given pronoun ("She laughed.", "Asked whether ..., she laughed."): such a
 * sentence carries on the person the pronoun meant before it, rather than bringing in someone new.
 */

/**
 * Whether the sentence (`masked[from, to)`, quotes masked) opens with the pronoun `p`, or has it right after
 * a fronted clause's comma, followed by a lowercase word (its verb); false when the sentence is unknown.
 */
export function pronounSubject(sentence: { masked: string; from: number; to: number } | undefined, p: 'he' | 'she'): boolean {
  if (!sentence) return false;
  const text = sentence.masked.slice(sentence.from, sentence.to);
  const P = p === 'he' ? 'He' : 'She';
  if (new RegExp(`^\\s*${P}\\s+[\\p{Ll}]`, 'u').test(text)) return true;
  // "Asked whether ..., she laughed": one comma after an opening participle or subordinate clause.
  const m = new RegExp(`^\\s*[\\p{Lu}][^,;]*,\\s+${p}\\s+[\\p{Ll}]`, 'u').exec(text);
  return m !== null;
}
