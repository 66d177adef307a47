/**
 * A described subject with an appositive set off by commas before its verb of speech: `The unit's medic, a
 * 26-year-old woman with the call sign Zirka, said she ...`, `A nurse, a mother of three, told ...`. The one
 * described is the sentence's subject, set up to speak next, and the appositive's noun of a sex ("woman",
 * "father") tells a later pronoun which it is. An aside between dashes may follow the appositive ("— 'Star' —").
 * When the description says only that one of the audience wrote in (`A reader, a retired pilot from Hull, wrote
 * to say ...`), the appositive is who they are.
 */

import { sexOfDescription } from './given-name-clause.ts';

const APPOSED = /^\s*(?:(?:But|And|Yet|Meanwhile)\s+)?((?:The|A|An|One)\s+[^,;:"“”—–()]{1,60}?),\s+((?:a|an)\s+[^,;:"“”—–()]{1,140}?)(?:\s+[—–][^—–]{1,60}[—–]\s*|,\s*)(said|says|told|tells|added|recalled|warned|explained|admitted|insisted|noted|conceded|recounted|described|wrote|writes|emailed)\b/u;
// The appositive closing on the name others call the person by ("a woman with the call sign Zirka").
const CALLED_BY = /(?:\bcall\s*sign|\bnickname|\bknown(?:\s+\S+){0,4}\s+as|\bgoes\s+by(?:\s+the\s+name)?)\s+([\p{Lu}][\p{Ll}'’-]+)$/u;

/**
 * The description, the sex its appositive tells (null when none) and the name the appositive says others call
 * the person by (null when none), or null when the sentence is not so.
 */
export function describedApposition(sentence: string): { description: string; gender: 'm' | 'f' | null; name: string | null; appositive: string } | null {
  if (!sentence.includes(',')) return null;
  const m = APPOSED.exec(sentence);
  if (!m) return null;
  return { description: m[1]!.trim(), gender: sexOfDescription(m[2]!), name: CALLED_BY.exec(m[2]!.trim())?.[1] ?? null, appositive: m[2]!.trim() };
}

// Words that say only that someone wrote or rang in to the outlet ("A reader", "One listener"): the appositive after
// them says who the person is.
const AUDIENCE = /^(?:The|A|An|One|Another)\s+(?:(?:regular|longtime|long-time|local|young|older|elderly)\s+)?(?:reader|listener|viewer|caller|subscriber|correspondent)$/u;
// Words that only count the sources of a report ("A second person", "The third source"): the appositive after them
// says who that source is.
const COUNTED_SOURCE = /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:second|third|fourth|fifth|other)\s+)?(?:person|source|individual)$/u;

/** Whether `description` says only that one of the outlet's audience wrote or rang in ("A listener", "One reader"), or only counts a source ("A second person"). */
export function audienceOnly(description: string): boolean {
  return AUDIENCE.test(description) || COUNTED_SOURCE.test(description);
}
