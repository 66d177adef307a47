/**
 * Two credits that a closer subject undoes.
 *
 * `Varga says her neighbour told her to "leave now."`: words after "told her to" (or "urged", "ordered", "begged
 * them to") are the order the teller gave, the teller's words, not those of the one who reports it (the
 * sentence's subject, read as the speaker). A named teller speaks; one only described is left to no one.
 *
 * `The transcript shows Brek said only that "...," according to Varga.`: a named person's verb of saying right
 * before the quote makes the words that person's; "according to" after the quote names who reports the saying.
 */

// The teller and the verb of an order or a request, right before the quote.
// (A name of one to three capitalised words, or a described person: "her neighbour", "a guard", "The judge" opening
// the sentence; a name set off after its relation, "Her mother, Ana Pike, told her to".)
export const TELLER_TO = /(?:^|[\s,])((?:(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)|(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*),?\s+(?:had\s+|has\s+|then\s+|once\s+|later\s+)?(?:told|tells|asked|asks|urged|urges|ordered|orders|warned|warns|begged|begs|instructed|instructs|advised|advises|pleaded\s+with|implored|implores)\s+(?:him|her|them|me|us|you|everyone)\s+(?:not\s+)?to\s*$/u;

// A named person's verb of saying right before the quote: "Brek said only that", "Brek told the court that", or
// before a short "that" clause the quote stands in: "Brek said only that the call was".
export const NAMED_SAID_THAT = /(?:^|\s)((?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)\s+(?:had\s+|has\s+|also\s+)?(?:said|says|wrote|writes|insisted|insists|claimed|claims|argued|argues|stated|states|told\s+(?:the\s+)?[\p{Ll}]+(?:\s+[\p{Ll}]+)?)\s+(?:only\s+|just\s+|simply\s+|merely\s+)?(?:that\s+(?:[^\s,;:_"“”]+\s+){0,8}?|that\s+)?$/u;

/** The teller before "told her to" ending `before`, with where it starts, or null. */
export function tellerOfOrder(before: string): { teller: string; at: number } | null {
  // (Only words that end on "to": the expression, anchored at the end, is tried at every character.)
  if (!before.trimEnd().endsWith('to')) return null;
  const m = TELLER_TO.exec(before);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  // (A description set off by commas is a name's appositive, "Dorn, the coach, told her to": the name before it tells.)
  if (before[at + m[1]!.length] === ',' && !/^[\p{Lu}]/u.test(m[1]!.replace(/^(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Aa]n?|[Tt]he)\s+/u, ''))) return null;
  return { teller: m[1]!, at };
}

/** The named person whose verb of saying ends `before`, with where it starts, or null. */
export function namedSayerBefore(before: string): { name: string; at: number } | null {
  const m = NAMED_SAID_THAT.exec(before);
  if (!m) return null;
  return { name: m[1]!, at: m.index + m[0].indexOf(m[1]!) };
}
