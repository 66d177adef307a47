/**
 * A namesake met only in passing after the text has settled a bare surname on someone: `Bren shook Pak Song-chol's
 * hand. ... when Pak stood beside Bren. ... whether the capital trusted Pak Il-dong. ... Pak told Bren ...`. The
 * writer's first bare "Pak" stood for the one full name of it named before (`firstBareReferent`); a namesake named
 * later only as an object, after a preposition or as a possessive, never doing or saying anything, is called by
 * full name in news style, and a later bare surname is still the first one's, not the namesake's.
 */
import { firstBareReferent } from './established-surname.ts';
import type { NameMention } from './name-mentions.ts';
import { verbAfter } from './name-standing.ts';

// A verb of saying right before a name: the inverted credit ('"...," said NAME'), which is no passing mention.
const SAYING_BEFORE = /\b(?:said|says|added|adds|asked|asks|replied|replies|told|tells|wrote|writes|recalled|recalls|explained|declared|insisted|warned|answered)[ \t]+$/u;
// After the name: a possessive ("NAME's hand"), or a role or clause set off that may lead to the name's own verb.
const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}\p{N}])/u;
const SET_OFF_AFTER = /^\s*(?:,|\(|—|–)/u;

/** Whether the full name at `m` stands in passing in its paragraph `text`: a possessive, or an object with no verb of its own. */
function inPassing(text: string, m: NameMention): boolean {
  const after = text.slice(m.at + m.name.length);
  if (SAYING_BEFORE.test(text.slice(Math.max(0, m.at - 20), m.at))) return false;
  // (Opening its sentence, it is the subject, whatever follows; so is a possessive there, "NAME's book ... takes the
  // argument further", the sentence being about the owner and their work.)
  if (/(?:^|[.!?]["”’]?\s+)$/u.test(text.slice(0, m.at))) return false;
  if (POSSESSIVE_AFTER.test(after)) return true;
  if (SET_OFF_AFTER.test(after)) return false;
  const end = /[.!?](?:\s|$)/u.exec(after);
  return !verbAfter(text, m, end ? m.at + m.name.length + end.index + 1 : text.length);
}

/**
 * Whether the full name `m`, bearing the surname `w`, was first named after the text's first bare use of `w` had
 * settled it on another full name, and every mention of it up to paragraph `upTo` (counted from 1) is in passing:
 * no one a bare `w` there may mean. `family` is the document's full names bearing `w`, in reading order.
 */
export function passingNamesakeAfterBare(paragraphs: readonly string[], mentions: readonly NameMention[], family: readonly NameMention[], m: NameMention, w: string, upTo: number): boolean {
  const settled = firstBareReferent(paragraphs, mentions, w);
  if (!settled) return false;
  const own = family.filter((x) => x.compact === m.compact && x.paragraph <= upTo);
  const first = own[0];
  if (!first || family.some((x) => x.compact === m.compact && x.name === settled.name)) return false;
  if (first.paragraph < settled.paragraph || (first.paragraph === settled.paragraph && first.at < settled.at)) return false;
  return own.every((x) => inPassing(paragraphs[x.paragraph - 1] ?? '', x));
}
