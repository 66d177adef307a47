/**
 * The intensive reflexive a subject may carry: "Roe herself said", "the mayor himself", "the board itself, in a
 * letter, said". Right after the subject it only stresses it, so the subject is read as it would be without it;
 * the grammar's subject readers (`grammar-phrases.ts`) and the speaker phrase reader (`speaker-phrases.ts`) both
 * ask here which words these are.
 */

export type IntensiveReflexive = 'himself' | 'herself' | 'itself' | 'themselves';

const ALL: readonly IntensiveReflexive[] = ['himself', 'herself', 'itself', 'themselves'];

/** Whether `word` is an intensive reflexive of one of `kinds` (any, when not given), whatever its case. */
export function isIntensiveReflexive(word: string, kinds: readonly IntensiveReflexive[] = ALL): boolean {
  return (kinds as readonly string[]).includes(word.toLowerCase());
}

// The phrase before its last word, which follows a space after no comma.
const LAST_WORD = /^(.*[^\s,])\s+(\S+)$/u;

/** `phrase` without an intensive reflexive of `kinds` closing it ("Mara Olsen herself" → "Mara Olsen"); null when none closes it. */
export function withoutIntensiveTail(phrase: string, kinds: readonly IntensiveReflexive[] = ALL): string | null {
  const m = LAST_WORD.exec(phrase);
  return m && isIntensiveReflexive(m[2]!, kinds) ? m[1]! : null;
}
