/**
 * A short sentence of a gesture or a pause of the one about to speak, right before a quote standing alone:
 * `She laughs at the memory. "..."`, `Ruiz shrugged. "..."`, `He thinks for a long while. "..."`. Features set up
 * the next words so; the quote is the one who gestured (the subject: a name, "he"/"she" or "the" and a lowercase
 * noun, "The student laughs.", nothing else in the sentence).
 */

const GESTURE_VERB =
  'laughs|laughed|smiles|smiled|nods|nodded|shrugs|shrugged|sighs|sighed|pauses|paused|grins|grinned|frowns|frowned|' +
  'hesitates|hesitated|winces|winced|chuckles|chuckled|(?:shakes|shook)\\s+(?:his|her)\\s+head|' +
  '(?:thinks|thought)\\s+(?:for\\s+)?a\\s+(?:long\\s+)?(?:while|moment|second)|(?:thinks|thought)\\s+it\\s+over|' +
  '(?:shrugs|shrugged)\\s+(?:his|her)\\s+shoulders|scoffs|scoffed|snorts|snorted|(?:presses|pressed)\\s+on';
// (A description may set off the name before it: "Her cousin at the next stall, Jane Roe, shrugged.")
// (So may a "who" or "whose" clause after the name, whoever else it names: "Jane Roe, whose son Tom runs the stall,
// shrugged.")
// (A clause of the question the gesture answers may close it: "Roe shrugged when asked about the port.": the quote
// after it is her answer.)
const NAME_WORDS = String.raw`(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*`;
const GESTURE = new RegExp(
  String.raw`^\s*(?:(?:The|A|An|His|Her|Their|My|Our)\s+[\p{Ll}][^,_"“”;:]{1,60},\s+(${NAME_WORDS}),|(${NAME_WORDS}),\s+(?:who|whose)\s+[^,_"“”;:]{2,120},|(${NAME_WORDS})|(The\s+[\p{Ll}][\p{Ll}-]*(?:\s+[\p{Ll}][\p{Ll}-]*){0,2}))\s+(?:(?:just|only|then|simply|briefly)\s+)?(?:${GESTURE_VERB})` +
    String.raw`(?:\s+(?:at|about|over)\s+(?:the|that|this)\s+(?:memory|question|thought|idea|suggestion))?(?:\s+(?:again|briefly|slowly|quietly|wryly|ruefully|softly|wearily|thinly|firmly|impatiently|sadly))?` +
    String.raw`(?:,?\s+when\s+asked(?:\s+(?:about|whether|if|what|how|why|for)\s+[^,;:_"“”.!?]{1,60})?)?\s*\.\s*$`,
  'u',
);

/** The subject of a sentence that only tells a gesture or a pause ("She laughs at the memory."), or null. */
export function gestureSubject(sentence: string): string | null {
  // "Asked which plan she prefers, she smiled.": the question the gesture answers may open the sentence as a
  // clause of its own; the gesture's subject is the main clause's ("she", read as "She" opening a sentence).
  const asked = ASKED_FIRST.exec(sentence);
  const m = GESTURE.exec(asked ? asked[1]!.charAt(0).toUpperCase() + asked[1]!.slice(1) : sentence);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4])! : null;
}
// A fronted clause of the question put ("Asked about the port,", "Pressed on whether she would stand,"), then
// the subject: a name, or "he" or "she".
const ASKED_FIRST = /^\s*(?:Asked|Pressed)\s+[^,;:_"“”.!?]{1,80},\s+((?:he|she|the\s|[\p{Lu}])[^]*)$/u;
