/**
 * "The Defence Intelligence of Ukraine said ... The agency added ...": a bare description of a public body
 * ("the agency", "the organisation", "the body") points back to the body the text has just credited, though it
 * shares no word with its name, when that body is the last speaker seen and is named in the same paragraph.
 * Anyone credited in between (a person, another body) leaves the description to stand on its own.
 */
import type { LocalSpeaker } from './local-speaker.ts';
import { publicBodyName } from './names.ts';

// Heads so general that any public body may be called by them.
// ("The department" too: a government body whose name holds no such word, "Global Affairs Kessland said ...
// The department added ...".)
const BODY_HEADS = new Set(['agency', 'organisation', 'organization', 'body', 'institution', 'department', 'group']);

/**
 * The named body a definite description with head `head` points back to: `last`, the speaker seen last, when
 * it is a body with a capitalised name given `back` = 0 paragraphs back; else null.
 */
export function describedBody(head: string, last: LocalSpeaker | null, back: number, spokeBack = 9): LocalSpeaker | null {
  // (Or a paragraph back when the body spoke there, the last to: 'ORGANISATION said in a statement that ... "..."'
  // then '"...," the group said.' opening the next.)
  if (!BODY_HEADS.has(head) || !last || last.plural || (back !== 0 && !(back === 1 && spokeBack === 1))) return null;
  // A body's name set up as a person's where it was read still ends as a public body's does (names.ts's `publicBodyName`).
  if (last.kind === 'organisation') return last.names.some((n) => /^(?:the\s+)?[\p{Lu}]/u.test(n)) ? last : null;
  return last.kind === 'person' && last.names.some((n) => publicBodyName(n)) ? last : null;
}
