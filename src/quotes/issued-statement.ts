/**
 * "The DPRK Embassy issued a statement on Friday ... The statement said ...": a statement (a communiqué, a
 * release) that speaks is its issuer's voice, when the text has just said who issued it. Without that the
 * words stay the statement's, never guessed to be someone's. (Each pattern's sentence may open after a quote that
 * closed the sentence before, its full stop inside the marks: '... as "words without a plan." The party issued ...'.)
 */

/** Documents a body or person issues and that "say" things in its name. */
export const ISSUED_HEADS: ReadonlySet<string> = new Set(['statement', 'communique', 'communiqué', 'release', 'declaration', 'filing', 'motion', 'memo', 'memorandum', 'message', 'note', 'circular', 'bulletin', 'advisory']);

/** Court and office papers whose writer the text names as the one writing in them. */
const WRITTEN_HEADS = 'filing|motion|memo|memorandum';
const WRITTEN_HEAD = new RegExp(String.raw`^(?:${WRITTEN_HEADS})$`, 'u');
const NAME = String.raw`(?:[\p{Lu}][\p{L}.'’-]*\s+){0,5}[\p{Lu}][\p{L}'’-]*`;
const WRITE = String.raw`(?:wrote|writes|said|says|argued|argues|stated|states|asserted|contended|claimed|noted)`;
/** "In a separate filing, Assistant Prosecutor Jane Roe wrote that": the writer of the paper. */
const IN_PAPER = new RegExp(String.raw`\b[Ii]n\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?(${WRITTEN_HEADS})\b[^,.;:!?"“”]{0,60},\s+(?:[\p{Ll}-]+\s+){0,3}(${NAME})\s+${WRITE}\b`, 'gu');
/** "Jane Roe wrote in a filing that": the same, the paper after the verb. */
const WROTE_IN = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+)(${NAME})\s+${WRITE}\s+in\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?(${WRITTEN_HEADS})\b`, 'gu');

/**
 * A sentence's subject (capitalised, perhaps after "the", up to 80 characters with no clause mark), then a verb
 * of issuing and the document: "The Harbour Board issued a brief statement", "The Harbour Board sent a message of
 * thanks" (a short mark in parentheses may
 * open the sentence, as a cable's paragraph classification does: "(SBU) The Board issued ...").
 * (A description set off by commas after the subject, opening on an article or a possessive, is no part of it:
 * "Ada Kell, the mayor's sister and a party official, issued a statement".)
 */
const ISSUED = /(?:^|[.!?]["”’]?\s+)(?:\([^()]{1,12}\)\s+)?(?<fronted>(?:In|At|On|From|After|Later|Earlier)\s+[^,.;:!?"“”]{1,40},\s+)?((?:[Tt]he\s+)?[\p{Lu}][^.!?;:,"“”]{0,80}?)(?:,\s+(?:the|a|an|his|her|its|their)\s+[^.!?;:,"“”]{1,120}?,)?\s+(?:issued|released|published|put\s+out|posted|circulated|distributed|sent)\s+(?:a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?(statement|communiqu[eé]|release|declaration|message|circular|bulletin|advisory)\b/gu;

/**
 * A sentence's subject, then its verb, then later in the same sentence "in a statement": "The Harbour Board
 * urged calm "...," in a statement issued on Friday." and "The Board said in a statement that ..." tell who
 * issued it as well as "issued a statement" does. (A relative clause set off after the subject, "The club, which
 * insures ships, said in a circular", is no part of it; an insurer's circular, an agency's bulletin or advisory is
 * issued as a statement is.)
 */
const IN_ISSUED = /(?:^|[.!?]["”’]?\s+)(?:\([^()]{1,12}\)\s+)?((?:[Tt]he\s+(?:[\p{Ll}-]+\s+){0,3})?[\p{Lu}][^.!?;:,"“”]{0,80}?)(?:,\s+(?:which|who)\s[^.!?;:"“”]{1,100}?,)?\s+(?:said|says|urged|urges|warned|warns|added|called|calls|told|tells|described|describes|stated|announced|declared|insisted|accused|condemned|welcomed|rejected|denied|demanded|expressed)\s+[^.!?;]{0,160}?\bin\s+(?:a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?(statement|communiqu[eé]|release|declaration|note|circular|bulletin|advisory)\b/gu;

/**
 * "In a statement, the council said it was ...": the document fronted before its subject and verb of saying tells
 * who issued it as well.
 */
const FRONTED_ISSUED = /(?:^|[.!?]["”’]?\s+)In\s+(?:a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?(statement|communiqu[eé]|release|declaration)\b[^,.;:!?"“”]{0,60},\s+((?:[Tt]he\s+)?[\p{L}][^.!?;:,"“”]{0,80}?)\s+(?:said|says|stated|states|added|warned|urged|insisted|declared|announced)\b/gu;

/**
 * "The Harbour Ministry, in a statement signed by its spokesperson, Ada Kell, said ...": the document in an aside
 * set off between the subject and its verb of saying (the aside may set off a name of its own) tells who issued it.
 */
const ASIDE_ISSUED = /(?:^|[.!?]["”’]?\s+)((?:[Tt]he\s+)?[\p{Lu}][^.!?;:,"“”]{0,80}?),\s+in\s+(?:a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?(statement|communiqu[eé]|release|declaration)\b[^.!?;:"“”]{0,120}?,\s+(?:said|says|stated|states|added|warned|urged|insisted|declared|announced)\b/gu;

/**
 * "Norland is "watching closely", the Foreign Office said in a statement on Monday.": the credit set off after the
 * words it reports, its subject and verb of saying then "in a statement", tells who issued it as well.
 */
const CREDIT_ISSUED = /,\s+((?:[Tt]he\s+)?[\p{Lu}][^.!?;:,"“”]{0,80}?)\s+(?:said|says|stated|states|added|warned|announced|declared)\s+in\s+(?:a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?(statement|communiqu[eé]|release|declaration)\b/gu;
/**
 * "The union also issued one.", "The union put out its own.": a later sentence in which another issues a document of
 * the same kind, named only as "one", "its own", "another" or "a second": two statements are about, and "the
 * statement" may be either.
 */
const ANOTHER_ISSUED = /(?:^|[.!?]["”’]?\s+)(?:[Tt]he\s+)?[\p{Lu}][^.!?;:,"“”]{0,80}?\s+(?:issued|released|published|put\s+out|posted|circulated|distributed|sent)\s+(?:one|its\s+own|their\s+own|his\s+own|her\s+own|another|a\s+second|a\s+rival|a\s+separate)\b/gu;

/**
 * The subject of the last sentence of `text` (quotes masked) that issues a document of `head` ("statement"),
 * as written; null when there is none.
 */
export function issuerOf(text: string, head: string): string | null {
  if (!text.includes(head.slice(0, 7))) return null;
  let found: string | null = null;
  ISSUED.lastIndex = 0;
  let at = -1;
  // (A fronted phrase before the sender only for a message, "In Tartu, the Alliance sent a message": PolNeAR's
  // annotators leave "the statement" after "In Tartu, President Saar put out a statement" its own.)
  for (let m = ISSUED.exec(text); m !== null; m = ISSUED.exec(text)) if (m[3]!.toLowerCase() === head && (!m.groups?.fronted || head === 'message')) [found, at] = [m[2]!.trim(), m.index];
  IN_ISSUED.lastIndex = 0;
  for (let m = IN_ISSUED.exec(text); m !== null; m = IN_ISSUED.exec(text)) if (m[2]!.toLowerCase() === head && m.index > at) [found, at] = [m[1]!.trim(), m.index];
  FRONTED_ISSUED.lastIndex = 0;
  for (let m = FRONTED_ISSUED.exec(text); m !== null; m = FRONTED_ISSUED.exec(text)) if (m[1]!.toLowerCase() === head && m.index > at) [found, at] = [m[2]!.trim(), m.index];
  ASIDE_ISSUED.lastIndex = 0;
  for (let m = ASIDE_ISSUED.exec(text); m !== null; m = ASIDE_ISSUED.exec(text)) if (m[2]!.toLowerCase() === head && m.index > at) [found, at] = [m[1]!.trim(), m.index];
  CREDIT_ISSUED.lastIndex = 0;
  for (let m = CREDIT_ISSUED.exec(text); m !== null; m = CREDIT_ISSUED.exec(text)) if (m[2]!.toLowerCase() === head && m.index > at) [found, at] = [m[1]!.trim(), m.index];
  // ('The ministry released a statement. The union also issued one.': two issuers, the statement no one's.)
  ANOTHER_ISSUED.lastIndex = 0;
  for (let m = ANOTHER_ISSUED.exec(text); m !== null; m = ANOTHER_ISSUED.exec(text)) if (found && m.index > at) return null;
  if (!WRITTEN_HEAD.test(head)) return found && withoutAdverb(found);
  IN_PAPER.lastIndex = 0;
  for (let m = IN_PAPER.exec(text); m !== null; m = IN_PAPER.exec(text)) if (m[1]!.toLowerCase() === head && m.index > at) [found, at] = [m[2]!.trim(), m.index];
  WROTE_IN.lastIndex = 0;
  for (let m = WROTE_IN.exec(text); m !== null; m = WROTE_IN.exec(text)) if (m[2]!.toLowerCase() === head && m.index > at) [found, at] = [m[1]!.trim(), m.index];
  return found && withoutAdverb(found);
}

// An adverb of time or manner between the subject and its verb of issuing ("The party later released a
// statement", "The ministry also put out a bulletin"): no word of the issuer's name or description.
const TRAILING_ADVERB = /\s+(?:later|also|then|since|subsequently|separately|jointly|quickly|swiftly|promptly|again|finally|itself|themselves|immediately|eventually|soon)$/u;

/** The issuer's phrase without an adverb the lazy subject took up before the verb. */
function withoutAdverb(found: string): string {
  let out = found;
  while (TRAILING_ADVERB.test(out)) out = out.replace(TRAILING_ADVERB, '');
  return out;
}
