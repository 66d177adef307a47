/**
 * A clause of time fronted before the main clause, its own verb of speech inside it: `When Mara Olsen said the talks
 * had failed, a clerk at the pier laughed: "..."`. The main clause after the comma has a subject of its own and
 * leads into the quote with a colon or comma, so the one who spoke in the fronted clause did not say the quote.
 * ("As Roe said, "..."" and "When asked, Roe said: ..." keep their reading: nothing, or the subject, after the comma.)
 */

// A fronted clause of time, then its comma, then a main clause of at least two words closing on a colon or comma.
const FRONTED_TIME = /^\s*(?:(?:But|And|Then)\s+)?(?:When|Whenever|After|Before|Once|While|Just\s+as)\s+([^,;:"“”]{3,160}),\s+((?:[\p{L}'’-]+\s+){1,14}[\p{L}'’-]+)\s*[:,]\s*$/u;
// Words that open no main clause of its own: the fronted clause's own words run on, or a pronoun refers back.
const NO_OWN_SUBJECT = /^(?:he|she|they|it|and|or|but|then|that|who|which|as|I|we|you)\b/iu;

/** Whether `phrase`, the subject a verb of speech has in `before` (the quote's sentence up to its mark), lies inside a fronted clause of time that a main clause follows. */
export function speakerInFrontedTime(before: string, phrase: string): boolean {
  const m = FRONTED_TIME.exec(before);
  if (!m || !m[1]!.includes(phrase)) return false;
  const main = m[2]!;
  if (NO_OWN_SUBJECT.test(main) || main.includes(phrase)) return false;
  // (The main clause must hold a verb: a lowercase word in -ed or -s after its first word.)
  return /\s[\p{Ll}]+(?:ed|s)\s/u.test(`${main} `);
}
