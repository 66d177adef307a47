/**
 * A name read as a credit's subject that is only the agent of a participle describing the real subject:
 * `A Tokyo-based fund run by Kenji Mori said in a filing that ...`, `The charity founded by Ana Roe told
 * reporters ...`. The fund and the charity speak, not the one who runs or founded them: the description before the
 * participle is the speaker when it can be read as one, else no one.
 */
import { isSpace } from '../text/chars.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { parseSpeakerPhrase, type ParsedSpeaker } from './speaker-phrases.ts';

const AGENT_PARTICIPLE = String.raw`(?:run|led|owned|founded|co-founded|headed|managed|chaired|controlled|backed|financed|funded|started|set\s+up|created|established|operated)`;

/**
 * When `name`, the credit's subject read in `sentence` (quotes blanked), stands there only after "<article> ...
 * <participle> by" at the clause's start: the description before the participle, parsed, or 'nobody' when it reads
 * as no speaker. Null when the name stands as a subject of its own.
 */
export function agentOnlySubject(sentence: string, name: string): ParsedSpeaker | 'nobody' | null {
  if (!name || !sentence.includes(' by ') || !afterBy(sentence, name)) return null;
  const re = new RegExp(String.raw`(?:^|[.;:!?]\s+|^\s*(?:But|And|Meanwhile|Separately|Earlier|Later)\s+|,\s+(?:and|but)\s+)\s*((?:The|A|An|the|a|an|One|one|Another|another)\s+[^,;:_"“”]{1,60}?)\s+${AGENT_PARTICIPLE}\s+by\s+${escapeRegExp(name)}\s+(?:(?:also|later|then|has|had|have)\s+)?[\p{Ll}]`, 'u');
  const m = re.exec(sentence);
  // (Not a clause of its own: "The team was led by NAME until ...".)
  if (!m || /\b(?:is|was|are|were|be|been|has|had|have)\b/u.test(m[1]!)) return null;
  const parsed = parseSpeakerPhrase(m[1]!);
  return parsed && parsed.type !== 'pronoun' ? parsed : 'nobody';
}

/**
 * Whether `name` stands in `sentence` right after "by" and white space, as the expression in `agentOnlySubject`
 * needs ("by\s+NAME"): a test by character codes before that expression, built for each name, is made and run
 * (few sentences with " by " have the name after it).
 */
function afterBy(sentence: string, name: string): boolean {
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    let k = at;
    while (k > 0 && isSpace(sentence.charCodeAt(k - 1))) k--;
    if (k < at && k >= 2 && sentence.charCodeAt(k - 2) === 98 && sentence.charCodeAt(k - 1) === 121) return true;
  }
  return false;
}
