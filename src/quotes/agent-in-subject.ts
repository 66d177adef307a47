/**
 * A name read as a credit's subject that is only the agent of a participle describing the real subject:
 * `A Tokyo-based fund run by Kenji Mori said in a filing that ...`, `The charity founded by Ana Roe told
 * reporters ...`. The fund and the charity speak, not the one who runs or founded them: the description before the
 * participle is the speaker when it can be read as one, else no one.
 */
import { parseSpeakerPhrase, type ParsedSpeaker } from './speaker-phrases.ts';

const AGENT_PARTICIPLE = String.raw`(?:run|led|owned|founded|co-founded|headed|managed|chaired|controlled|backed|financed|funded|started|set\s+up|created|established|operated)`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * When `name`, the credit's subject read in `sentence` (quotes blanked), stands there only after "<article> ...
 * <participle> by" at the clause's start: the description before the participle, parsed, or 'nobody' when it reads
 * as no speaker. Null when the name stands as a subject of its own.
 */
export function agentOnlySubject(sentence: string, name: string): ParsedSpeaker | 'nobody' | null {
  if (!name || !sentence.includes(' by ')) return null;
  const re = new RegExp(String.raw`(?:^|[.;:!?]\s+|^\s*(?:But|And|Meanwhile|Separately|Earlier|Later)\s+|,\s+(?:and|but)\s+)\s*((?:The|A|An|the|a|an|One|one|Another|another)\s+[^,;:_"“”]{1,60}?)\s+${AGENT_PARTICIPLE}\s+by\s+${escape(name)}\s+(?:(?:also|later|then|has|had|have)\s+)?[\p{Ll}]`, 'u');
  const m = re.exec(sentence);
  // (Not a clause of its own: "The team was led by NAME until ...".)
  if (!m || /\b(?:is|was|are|were|be|been|has|had|have)\b/u.test(m[1]!)) return null;
  const parsed = parseSpeakerPhrase(m[1]!);
  return parsed && parsed.type !== 'pronoun' ? parsed : 'nobody';
}
