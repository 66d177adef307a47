/**
 * Verbs of telling whose name right after them is always the one told, never a subject set after its verb:
 * `..., who requested anonymity, told The Valley Herald: "..."`, `..., informed Jane Roe: "..."`. English inverts
 * "said Jane Roe" or "warned Jane Roe" after the words, but never "told Jane Roe" (that is the hearer), so the
 * inverted reading of a credit may not take the name after these verbs for the speaker.
 */
const HEARER_TAKING = new Set(['tell', 'inform', 'notify', 'brief']);

/** Whether a verb of lemma `lemma` takes the name after it as its hearer, never as an inverted subject. */
export function hearerFollows(lemma: string): boolean {
  return HEARER_TAKING.has(lemma);
}
