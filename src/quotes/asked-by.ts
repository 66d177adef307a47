/**
 * The one asked does not speak the question: in "Kask was asked by host Jane Roe, "...?"" and "Kask was asked
 * by moderator Jane Roe whether ... would "..."", the words quoted are the asker's (Jane Roe's), and with no
 * asker named ("Kask was asked, "...?"") nobody can be told.
 */
const NAME = String.raw`(?:[\p{Lu}][\p{L}'’-]*\.?|[\p{Lu}]\.)(?:\s+(?:[\p{Lu}]\.|[\p{Lu}][\p{L}'’-]*\.?)){1,3}`;
/** A passive's auxiliary: "was asked", "got told". */
export const PASSIVE_AUX = String.raw`\b(?:was|were|is|are|being|been|get|gets|got)`;
const ASKED = new RegExp(String.raw`${PASSIVE_AUX}\s+(?:also\s+|then\s+|later\s+)?asked\b`, 'u');
/** A verb of saying joined to "asked" with "and": the one asked is its subject too. */
const ANSWERED = /^[^.;:!?]*?(?:,\s*|\s)and\s+(?:then\s+|later\s+|simply\s+)?(?:said|says|replied|replies|answered|answers|responded|responds|told|tells|added|explained|insisted|warned)\b/u;
/** A verb of reporting: what follows it is the subject's report. */
const REPORTING = /\b(?:said|says|told|tells|added|adds|wrote|writes|claimed|claims|insisted|insists|explained|explains|noted|notes|argued|argues|maintained|maintains)\b/u;
/** "by" and the asker's phrase, up to a comma, a clause word or the quote. */
const BY = /^\s+by\s+([^,;:_]{2,80}?)(?=\s*(?:[,;:_]|\s(?:whether|if|about|why|what|how|who|to|on|in|at|during)\b|$))/u;
/** The last run of two capitalised words or more in the asker's phrase: the name after its role. */
const LAST_NAME = new RegExp(String.raw`(${NAME})(?!.*[\p{Lu}][\p{L}'’-]*\s+[\p{Lu}])`, 'u');

/**
 * For a speaker phrase that is the subject of a passive "asked" between it and the quote (`between`: the
 * sentence's words from the end of the phrase to the quote's opening mark): `{ asker }`, the name after "by"
 * (null when none is given). Null when the phrase is no such subject.
 */
export function askedBy(between: string): { asker: string | null } | null {
  const m = ASKED.exec(between);
  if (!m) return null;
  // Only the verb of the phrase's own clause: no other clause's end or a new subject before it.
  if (/[.;:!?]/u.test(between.slice(0, m.index))) return null;
  // "Kask was asked about the delays and said "..."": the one asked answers in a verb of his own.
  if (ANSWERED.test(between.slice(m.index + m[0].length))) return null;
  const by = BY.exec(between.slice(m.index + m[0].length));
  // "Kask said he had not been asked to take the cargo and would "...": the asking is inside what the phrase's
  // subject reports, who is the one speaking; with no asker named, the words stay the reporter's.
  if (!by && REPORTING.test(between.slice(0, m.index))) return null;
  const name = by ? LAST_NAME.exec(by[1]!) : null;
  return { asker: name ? name[1]! : null };
}

/**
 * The one told does not speak the words: in "Kask was told by Jane Roe: "..."", "Kask was warned by the mayor,
 * Jane Roe, that the bridge was "..."", the words are the teller's, and with no teller named ("Kask was told
 * that ... "..."") nobody can be told. (A verb of speech to someone in the passive: told, warned, reminded,
 * assured, informed, advised, urged.)
 */
const TOLD = new RegExp(String.raw`${PASSIVE_AUX}\s+(?:also\s+|then\s+|later\s+|once\s+|repeatedly\s+|privately\s+|reportedly\s+)?(?:told|warned|reminded|assured|informed|advised|urged)\b`, 'u');
/** "by" and the teller: a name, or a description with a name set off after it ("by the chairman, Jane Roe"). */
const TOLD_BY = new RegExp(String.raw`^\s+by\s+([^,;:_]{2,80}?)(?:,\s+(${NAME}),?)?(?=\s*(?:[,;:_]|\s(?:that|whether|if|about|to|on|in|at|during|last|this|before|after)\b|$))`, 'u');
/** A verb of saying of the main clause after the passive ("Kask, who was told by Roe that ..., said: "..."). */
const MAIN_SAID = /,\s+(?:then\s+|later\s+)?(?:said|says|replied|replies|answered|answers|responded|responds|told|tells|added|adds|explained|insisted|warned|wrote|writes)\b/u;

/**
 * For a speaker phrase that is the subject of a passive verb of telling between it and the quote (`between`: the
 * sentence's words from the end of the phrase to the quote's opening mark): `{ teller }`, the name or phrase
 * after "by" (null when none is given). Null when the phrase is no such subject.
 */
export function toldBy(between: string): { teller: string | null } | null {
  const m = TOLD.exec(between);
  if (!m) return null;
  const head = between.slice(0, m.index);
  // Only the verb of the phrase's own clause, not of a relative clause ("Kask, who was told ...") or another's.
  if (/[.;:!?]/u.test(head) || /\b(?:who|which|that|after|when|before|because|since|if|although)\b/u.test(head)) return null;
  // Nor inside what the subject reports: "Roe said tenants were warned the dam could "..."" is Roe's telling;
  // unless the report names the teller ("Roe said she had been warned by Kask that the dam would "...""), whose
  // words Roe relays, as in "Roe said Kask had told her "..."".
  const reported = /\b(?:said|says|told|tells|added|adds|wrote|writes|warned|warns|claimed|claims|insisted|insists|explained|explains|noted|notes|argued|argues)\b/u.test(head);
  const rest = between.slice(m.index + m[0].length);
  if (ANSWERED.test(rest) || MAIN_SAID.test(rest)) return null;
  const by = TOLD_BY.exec(rest);
  if (reported && !by) return null;
  if (!by) return { teller: null };
  return { teller: by[2] ?? by[1]!.trim() };
}

/**
 * "Asked by the member for Vale, Jo Roe, whether ..., he said that "..."": a sentence that opens on a fronted
 * "Asked by" (or "Pressed by", "Questioned by", "Challenged by") names the one asking; the pronoun of the main
 * clause after it is the one asked, never the asker. The words from the fronted "by" to the pronoun `p`, where
 * the asker is named, or null when the sentence opens no such phrase before that pronoun.
 */
export function frontedAskerWords(sentence: string, p: 'he' | 'she'): string | null {
  const m = /^\s*(?:When\s+|After\s+being\s+)?(?:asked|pressed|questioned|challenged|quizzed|prompted)\s+(?:again\s+|later\s+|repeatedly\s+)?by\b/iu.exec(sentence);
  if (!m) return null;
  const rest = sentence.slice(m.index + m[0].length);
  // The pronoun as the subject of the main clause: after a comma.
  const at = rest.search(new RegExp(String.raw`,\s+${p}\b`, 'u'));
  return at > 0 ? rest.slice(0, at) : null;
}
