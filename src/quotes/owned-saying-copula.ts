/**
 * Words a copula gives as the content of someone else's advice, motto or saying: `NAME said her grandmother's advice
 * had been "..."`, `His father's motto was "..."`, `the coach's last words to them were "..."`. The words are the
 * owner's, whom only a possessive names; the sentence's subject reports them, so nobody is credited.
 */

// An owner's possessive (a name or a description: "her grandmother's", "the coach's", "Lind's", "his parents'"), a
// qualifier or two, a noun of words handed down (advice, motto, saying, last words, instructions ...), perhaps to
// whom, then a copula right before the quote, or a copula and a word or two of judging before a colon ("his
// trainer's advice was simple: "...""). (Nouns of claims and remarks are left out, and "words" but for last or
// parting ones: "the mayor's claim was "nonsense"", "Lind's words were "unacceptable"" are the subject's judgement
// of them, not their content.)
// The noun and copula after the owner (as a string, read after either kind of owner below).
const SAYING_IS = String.raw`(?:(?:favou?rite|old|own|usual|constant|only|best|first|standing|famous|simple)\s+){0,2}(?:advice|motto|mottos|saying|sayings|maxim|watchword|(?:last|parting|dying|final)\s+words|instructions|orders|rule|creed|blessing|farewell)\s+(?:(?:to|for)\s+(?:him|her|them|me|us|you|[\p{Ll}]+\s+[\p{Ll}]+)\s+)?(?:(?:had|has|have)\s+(?:always\s+)?been|was|were|is|are|remained|remains)\s+(?:(?:always|simply|just|only|still)\s+)?(?:that\s+|(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*:\s*)?$`;
const OWNED_SAYING_IS = new RegExp(String.raw`(?:^|[^\p{L}'’])(?:[\p{L}][\p{L}.-]*(?:['’]s|s['’]))\s+` + SAYING_IS, 'u');
// "Her advice to young players is simple: "..."": owned by a pronoun, the advice may be the pronoun's one's or
// ("her advice came from her grandmother") handed down to them; no rule reads which one, so no one, not the
// garbled description ("Her advice to young players") the subject phrase made of it.
const PRONOUN_SAYING_IS = new RegExp(String.raw`(?:^|[^\p{L}'’])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+` + SAYING_IS, 'u');

/**
 * Whether the words before a quote (`before`, other quotes blanked) make it the content of another's advice or
 * saying, or of advice a possessive pronoun owns ("Her advice to young players is simple:").
 */
export function ownedSayingBeforeCopula(before: string): boolean {
  if (PRONOUN_SAYING_IS.test(before.slice(-160))) return true;
  if (!before.includes("'") && !before.includes('’')) return false;
  return OWNED_SAYING_IS.test(before.slice(-160));
}
