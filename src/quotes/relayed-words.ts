/**
 * Words one person passes on from another: in `A spokeswoman, quoting the minister, said: "..."`, `Roe quoted
 * the old harbour master, saying: "..."`, `Roe, relaying a message from the mayor, said: "..."` or `Roe read out
 * a letter from the mayor: "..."` the words are the one quoted's (the minister, the harbour master, the mayor);
 * the subject only carries them. The general reading credits the sentence's subject, the one who carries.
 */

// The one quoted: a phrase of no clause of its own, perhaps with a name set off after it ("the mayor, Ilse Kovar").
const OWNER = String.raw`((?!by\s|as\s|from\s|to\s)[^,;:_"“”()]{2,60}?(?:,\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)?)`;

// What carries another's words: a message, statement, letter ... from (of, by, on behalf of) its owner.
// (A remark or comment too: "A reporter read out a remark by the opposition leader, NAME:".)
const CARRIER = String.raw`(?:(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2})?(?:message|messages|statement|letter|note|words|remark|remarks|comment|comments|email|e-mail|text|post|speech|tribute|appeal)\s+(?:from|of|by|on\s+behalf\s+of)\s+`;

// A relaying participle set off by commas inside the credit: ", quoting the minister," ", citing the governor,"
// ", relaying a message from the mayor," ", reading a statement on behalf of the family,".
const SET_OFF = new RegExp(String.raw`(?:^\s*|,\s+(?:who\s+(?:was|is|were|are)\s+)?)(?:(?:[Qq]uoting|[Cc]iting|[Pp]araphrasing)\s+(?:from\s+)?|(?:[Rr]elaying|[Rr]eading(?:\s+out|\s+from)?|[Pp]assing\s+on|[Cc]onveying|[Dd]elivering)\s+${CARRIER})${OWNER}\s*(?:,|:\s*$)`, 'u');

// The same participle after the quote and its credit, to the end of the sentence: `"...," she said, citing the governor.`
// (The credit may be inverted, the verb before its subject: '"...," said Tobin Roe, quoting Piet Vaal.'.)
const SET_OFF_AFTER = new RegExp(String.raw`^\s*,?\s*(?:(?:[\p{L}'’.-]+\s+){1,6}?(?:said|says|added|adds|wrote|writes|told\s+[^,;:.!?_"“”]{1,40}?)|(?:said|says|added|adds|wrote|writes)(?:\s+[\p{L}'’.-]+){1,6}?)\s*,\s+(?:(?:quoting|citing|paraphrasing)\s+|(?:relaying|reading(?:\s+out|\s+from)?|passing\s+on|conveying|delivering)\s+${CARRIER})${OWNER}\s*(?:[.;!?]|$)`, 'u');

// An adverb of manner may stand between that verb and the colon: ", which said simply:", ", saying only:".
const MANNER = String.raw`(?:\s+(?:simply|only|just|merely|[\p{Ll}]{3,}ly))?`;

// The main verb of relaying with the quote its complement, right before the quote's opening mark: "Roe quoted the
// harbour master, saying:" "Roe quoted the harbour master:" "Roe read out a letter from the mayor:".
// (A clause of "who" saying who the one quoted is may close the object before a colon: "Roe quotes a retired
// captain, Ivo Kask, who sailed the route for years:".)
// (So may a clause of "who" with no comma, too long for the object itself, which stops before it: "Roe quotes an
// aide who stood beside the two ministers for the whole of the long tour:" relays the aide.)
const MAIN_VERB = new RegExp(String.raw`\b(?:(?:quoted|quotes|cited|cites)\s+|(?:read|reads|relayed|relays|passed\s+on|passes\s+on|conveyed|conveys|delivered|delivers|shared|shares)(?:\s+out)?\s+${CARRIER})${OWNER}(?:\s*,\s*(saying|writing|who\s+(?:had\s+)?(?:said|says|wrote|writes)|which\s+(?:said|says|read|reads))${MANNER}\s*[:,]?|\s*,\s+who\s+(?!(?:had\s+|has\s+)?(?:said|says|wrote|writes|told|tells)\b)[^,;:_"“”()]{1,80}?\s*:|\s+(?:who|whom)\s+[^,;:_"“”()]{1,100}?\s*:|\s*[:,])\s*$`, 'u');

// The same with the owner's possessive: "Roe read out the mayor's letter:" "Roe quoted from Kask's diary:".
// (Or words recalled, repeated or recited: "Vik recalled his grandfather's advice:", "Vik repeated the words of
// his grandfather:"; where they came may follow: "Vik remembers his brother's last words over the radio:".)
// (Or words put out on a channel, "The embassy posted NAME's remark on Telegram:", "published NAME's comments on its
// website:", "posted NAME's remark about the visit:": the poster passes on what the owner said, as one who shares
// it does.)
// (Where and to whom the words were said may follow in two short phrases, and the verb may be plural: "Both
// books quote NAME's remark to the press at the launch pad,".)
const MAIN_POSSESSIVE = new RegExp(String.raw`\b(?:quoted|quotes|quote|cited|cites|cite|read|reads|relayed|relays|passed\s+on|conveyed|shared|shares|recalled|recalls|repeated|repeats|recited|recites|remembered|remembers|posted|posts|reposted|reposts|published|publishes|tweeted|tweets|retweeted|retweets|circulated|circulates)(?:\s+(?:out|aloud)|\s+from)?\s+((?!a\s|an\s)[^,;:_"“”()]{2,50}?)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:message|statement|letter|note|words|remark|remarks|comment|comments|email|e-mail|text|post|speech|diary|memoir|memoirs|tribute|appeal|report|study|findings|warning|advice|motto|saying|maxim)(?:\s+(?:aloud|out))?(?:(?:\s+(?:over|on|in|at|during|from|to)\s+(?:the|a|an|his|her|their)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?){1,2}|\s+(?:on|via)\s+(?:(?:its|their|the|his|her)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|[\p{Lu}][\p{L}-]*)|\s+about\s+[^,;:_"“”()]{1,60}?)?(?:\s*,\s*(saying|which\s+(?:said|says|read|reads))${MANNER}\s*[:,]?|\s*[:,])\s*$`, 'u');
const WORDS_OF = /\b(?:recalled|recalls|repeated|repeats|recited|recites|remembered|remembers|quoted|quotes|cited|cites)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:words|advice|motto|saying|maxim|warning)\s+of\s+([^,;:_"“”()]{2,50}?)\s*[:,]\s*$/u;

// A line, a saying, a motto from someone, its words after the colon, whatever verb brings it in: "closed with a
// line from his old captain:", "left us a favourite saying of her grandmother:". (Not "a saying of his own:", the
// subject's.)
const LINE_FROM = new RegExp(String.raw`\b(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,2}(?:line|quip|saying|maxim|motto|dictum)\s+(?:from|of)\s+(?!(?:his|her|my|our|their|its)\s+own\b)${OWNER}\s*:\s*$`, 'u');

const CARRIED = new RegExp(CARRIER, 'u');

/** Where a relayed-words construction was found in the quote's sentence, and whose words they are. */
export interface RelayedWords {
  /** The one whose words are passed on, as written. */
  owner: string;
  /** The description set off before the name of the one quoted, if any ("a retired admiral" of "quotes a retired
   * admiral, NAME:"): the role the text gives them. */
  described?: string;
  /** Where the construction starts in the text read (`before` for the set-off and main-verb forms). */
  at: number;
  /** The relaying is the sentence's main verb with the quote its object ("Roe quoted X:"), not a set-off participle. */
  main: boolean;
  /** The words came in a message, statement or letter from their owner (one text, even a group's). */
  carried: boolean;
  /** The verb is "quote", whose object is always the words' owner; "cite" may give a reason, and "paraphrase" says
   * the words are the subject's own rewording of the other's. */
  quoting: boolean;
  /** The main verb's own participle follows its object ("Roe quoted X, saying:"), whose subject is the relayer's. */
  saying: boolean;
  /** The words are a line, saying or motto from their owner ("closed with a line from his first editor:"). */
  line?: boolean;
  /** The participle is "paraphrasing": the words are the subject's rewording, neither the subject's own nor the other's. */
  paraphrasing?: boolean;
}

/**
 * The one whose words `before` (the quote's sentence up to its opening mark, quotes masked) relays: a set-off
 * participle (", quoting X,") or a main verb of relaying whose object the quote is ("quoted X:"); else null.
 */
export function relayedBefore(before: string): RelayedWords | null {
  if (!/\b(?:quot|cit|relay|read|pass|convey|deliver|shar|paraphras|recall|repeat|recit|remember|line|quip|saying|maxim|motto|dictum|post|repost|publish|tweet|retweet|circulat)/iu.test(before)) return null;
  const owned = MAIN_POSSESSIVE.exec(before) ?? WORDS_OF.exec(before);
  const verb = owned ?? MAIN_VERB.exec(before);
  // (A line from someone is theirs as a quoted one is.)
  const line = verb ? null : LINE_FROM.exec(before);
  const main = verb ?? line;
  if (main) return { owner: setOffName(main[1]!), described: describedBefore(main[1]!), at: main.index, main: true, carried: owned !== null || CARRIED.test(main[0]), quoting: line !== null || /\bquot/u.test(main[0]), saying: /^(?:saying|writing)$/u.test(main[2] ?? ''), line: line !== null };
  const set = SET_OFF.exec(before);
  return set ? { owner: setOffName(set[1]!), at: set.index, main: false, carried: CARRIED.test(set[0]), quoting: /^\W*(?:who\s+\w+\s+)?quoting/iu.test(set[0]), saying: false, paraphrasing: /\bparaphrasing\b/iu.test(set[0]) } : null;
}

// A clause of time or manner that says the subject spoke while relaying another: "Berg was quoting Holm when she
// said:", "Roe echoed Kask as he told them:". The words are the one quoted's (for "quote"); for "cite", "echo",
// "paraphrase" or "repeat" they may be the subject's own rewording of another's: no one can be told.
// (The one quoted may be described, a name set off after: "was quoting his predecessor, Vera Lusk, when he said:".)
// (An object opening with "from" is what the subject drew on, no one quoted: "was quoting from memory when she
// said:" is hers, as the plain reading has it; as "was quoting from" is not read by WAS_QUOTING either.)
const WHEN_RELAYING = /\b(quoting|quoted|quotes|paraphrasing|paraphrased|citing|cited|echoing|echoed|repeating|repeated)\s+((?!the\s+words\b|from\s)[^,;:_"“”()]{2,50}?(?:,\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*,)?)\s+(?:when|as|while)\s+(he|she|they|I|we|(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)\s+(?:(?:had|has|then|later)\s+)?(?:said|says|wrote|writes|added|adds|declared|remarked|tweeted|posted|told\s+[^,;:_"“”()]{1,30}?)\s*[:,]?\s*$/u;

/**
 * The one whose words the subject relayed when speaking (`Berg was quoting Holm when she said: "..."`), with
 * `quoting` for the verb "quote" (the words are theirs); null when `before` does not end so.
 */
export function relayedWhen(before: string): { owner: string; quoting: boolean } | null {
  const was = WAS_QUOTING.exec(before);
  if (was) return { owner: setOffName(was[1]!.replace(/,$/u, '')), quoting: true };
  if (!/\b(?:when|as|while)\b/u.test(before)) return null;
  const m = WHEN_RELAYING.exec(before);
  if (!m) return null;
  // "Oake was quoting Weir when Ida Roe said:": a name the sentence has not yet given, speaking in the clause,
  // is a third person whose own words these are, no relay of the subject's ("when Oake said", "when Weir
  // said" name one already there).
  const speaker = m[3]!;
  if (/^[\p{Lu}]/u.test(speaker) && speaker !== 'I') {
    const last = speaker.split(/\s+/u).pop()!;
    const told = `${before.slice(0, m.index)} ${m[2]!}`.split(/[^\p{L}'’-]+/u);
    if (!told.includes(last)) return null;
  }
  return { owner: setOffName(m[2]!.replace(/,$/u, '')), quoting: /^quot/u.test(m[1]!) };
}
// "Was quoting" and its object right before the colon, perhaps with an aside on how: "Brand was quoting Vera Lusk,
// as he often does:". The words are the one quoted's.
const WAS_QUOTING = /\b(?:was|is|were|are)\s+(?:again\s+|once\s+again\s+|simply\s+|only\s+)?quoting\s+((?!from\s|the\s+words\b)(?:(?!\s(?:when|while|as|said|says|told|wrote)\s)[^,;:_"“”()]){2,50}?(?:,\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*,?)?)(?:,?\s+(?:as|like)\s+[^,;:_"“”()]{1,40})?\s*:\s*$/u;

/** The one whose words a credit after the quote relays (`"...," she said, quoting the minister.`); else null. */
export function relayedAfter(after: string): RelayedWords | null {
  if (!/\b(?:quoting|citing|paraphrasing|relaying|reading|passing|conveying|delivering)\b/u.test(after)) return null;
  const m = SET_OFF_AFTER.exec(after);
  return m ? { owner: setOffName(m[1]!), at: m.index, main: false, carried: CARRIED.test(m[0]), quoting: /,\s+quoting\s/u.test(m[0]), saying: false, paraphrasing: /,\s+paraphrasing\s/u.test(m[0]) } : null;
}

// The description a name is set off after, "a retired admiral" of "a retired admiral, Ivo Kask" (opening on an
// article, of lowercase words); undefined when the owner is no such pair.
function describedBefore(owner: string): string | undefined {
  const m = /^((?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}[\p{Ll}-]+),\s+[\p{Lu}][^,]*$/u.exec(owner.trim());
  return m ? m[1]! : undefined;
}

// The name set off after a description is the one meant ("the mayor, Ilse Kovar"); a manner of quoting after
// the one quoted is no part of them ("quoted him from memory", "quoted Kask at length").
function setOffName(owner: string): string {
  const t = owner.trim().replace(/\s+(?:from\s+memory|at\s+length|in\s+full|again|directly|verbatim|approvingly|aloud|earlier|later|once|today|yesterday|then)$/u, '');
  const m = /^[^,]+,\s+([\p{Lu}][^,]+)$/u.exec(t);
  return (m ? m[1]! : t).trim();
}
