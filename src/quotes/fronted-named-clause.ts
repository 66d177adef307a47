/**
 * "Since Tobin Roe took office, Piet Vaal has said little.", "While Roe spoke, Ann Vik shook her head.": a
 * subordinate clause of time, cause or concession put first and closed by its comma, then a main clause opening
 * on a full name and a lowercase word (its verb). The main clause's subject is the sentence's subject, the one
 * a "he said" right after goes on with; the one the clause brings in is only the scene's, and no rival for that
 * pronoun unless the main clause itself points at someone else by a pronoun ("..., Piet Vaal handed him the keys").
 */

// The clause: a conjunction, then words with no comma, colon, semicolon or quote (masked "_") to its comma.
// (The name must run straight on to its verb: one set off by a comma after the clause's comma is the clause's own
// noun's apposition, "When the chair of governors, Nerys Dando, asked Roper ...", not the main clause's subject.)
// ("As" is left out: "As Jane Roe put it, ..." credits the clause's name; nor "If", "Unless", "Whether": a
// condition, not a scene.)
const FRONTED_NAMED =
  /^\s*(?:(?:But|And)\s+)?(?:When|After|Once|While|Whenever|Since|Although|Though|Because|Until)\s+[^,;:_"“”]{1,100},\s+(?=(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*\s+[\p{Ll}])/u;
// A name of one to four capitalised words and a comma, then a capital: a list or an apposition ("Roe, Vik, ..."),
// not the main clause's subject and its verb.
const NAME_LIST = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*,\s+[\p{Lu}]/u;
// A pronoun of a third person in the main clause other than "his"/"its"/"their" (which most often go with its own
// subject): "him", "her", "he", "she", "them" may mean the one the clause brought in.
const OTHER_PRONOUN = /(?<![\p{L}])(?:he|she|him|her|hers|they|them)(?![\p{L}])/iu;

/**
 * Where the main clause starts in `sentence` (from its start), when the sentence opens on a fronted subordinate
 * clause closed by a comma and the main clause opens on a full name and its verb; -1 otherwise.
 */
export function mainClauseAfterFronted(sentence: string): number {
  // (Most sentences are told apart by their first letter: W, A, O, S, T, B, U.)
  const c = sentence.trimStart().charCodeAt(0);
  if (c !== 87 && c !== 65 && c !== 79 && c !== 83 && c !== 84 && c !== 66 && c !== 85) return -1;
  const m = FRONTED_NAMED.exec(sentence);
  if (!m || NAME_LIST.test(sentence.slice(m[0].length))) return -1;
  return m[0].length;
}

/**
 * Whether the main clause of such a sentence (`sentence` from `main`, as `mainClauseAfterFronted` found it) leaves
 * the one the fronted clause names out of what a pronoun after the sentence may mean: it holds no pronoun of a
 * third person that could stand for that one.
 */
export function frontedClauseSetAside(sentence: string, main: number): boolean {
  return main >= 0 && !OTHER_PRONOUN.test(sentence.slice(main));
}
