/**
 * A bare one-word name ("Thomas", as a transcript's label of first names only, "Thomas: '...'") that is one person's
 * surname ("Grace Thomas") and another's given name ("Thomas Grace") tells neither: it is given to no one.
 */

/**
 * Whether, of the full names `names` (each as its words), one opening on a given name ends with `word` and another,
 * not written family name first (`familyFirst`), opens with it, and the lexicon takes `word` for a given name
 * (`isGiven`).
 */
export function surnameAndGivenName(word: string, names: readonly (readonly string[])[], isGiven: (w: string) => boolean, familyFirst: (name: string) => boolean): boolean {
  if (!isGiven(word)) return false;
  const full = names.filter((n) => n.length >= 2);
  // (A person's name, opening on a given name: "Ask Joe", a quote's verb and a name, is no one whose surname is Joe.)
  const ends = full.filter((n) => n.at(-1) === word && isGiven(n[0]!));
  // (A name written family name first, "Kim Jong Un" beside "Helen Kim", opens on the same surname, no given name.)
  const opens = full.filter((n) => n[0] === word && !familyFirst(n.join(' ')));
  return ends.length > 0 && opens.some((o) => !ends.includes(o));
}
