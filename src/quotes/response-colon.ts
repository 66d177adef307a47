/**
 * A quote after a colon that closes a clause naming someone who answers what was said before it:
 * `"The deal," Ruiz said, "is done," a claim Kell rejected: "It is not."`, `..., a view that Kell disputed:
 * "..."`, `..., which Kell denied: "..."`. The words after the colon are how the one answering put it, not the
 * first speaker's, whom the sentence's credit names. (Only verbs of answering a claim, against it or for it, "a
 * view Kell shared:"; "a plan Kell drew up:" says what the plan is, not who spoke.)
 */
import { parseSpeakerPhrase, type ParsedSpeaker } from './speaker-phrases.ts';

const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}`;
const ANSWERED = String.raw`(?:rejected|rejects|disputed|disputes|denied|denies|contested|contests|challenged|challenges|rebutted|rebuts|countered|counters|dismissed|dismisses|refuted|refutes|scoffed at|scoffs at|laughed off|brushed aside|brushed off|rejected outright|flatly denied|flatly rejected|quickly rejected|quickly denied|echoed|echoes|shared|shares|endorsed|endorses|seconded|seconds|questioned|questions|mocked|mocks|ridiculed|ridicules|derided|derides)`;
// After a quote or a comma: "a claim", "the view", "one charge", "an idea", perhaps "that"/"which", or "which" alone.
const RESPONSE = new RegExp(String.raw`(?:^|[,;_"”’]\s*|—\s*)(?:(?:a|an|the|one|that|this)\s+(?:[\p{Ll}-]+\s+){1,2}(?:that\s+|which\s+)?|which\s+)(${NAME})\s+(?:(?:later|swiftly|quickly|flatly|promptly|angrily|firmly)\s+)?${ANSWERED}\s*:\s*$`, 'u');

/** The one answering in `before` (the quote's sentence up to its opening mark, quotes blanked), when it closes so. */
export function respondentBeforeColon(before: string): Extract<ParsedSpeaker, { type: 'name' }> | null {
  const m = RESPONSE.exec(before.slice(-160));
  if (!m) return null;
  const parsed = parseSpeakerPhrase(m[1]!);
  return parsed && parsed.type === 'name' && parsed.kind === 'person' ? parsed : null;
}
