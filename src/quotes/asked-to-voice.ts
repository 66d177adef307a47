/**
 * `... the last thing he said to me, which I asked him to write down so I would get it right: "..."`: a clause
 * just before a colon whose verb asks, tells or urges someone ("him", "her", "them") to do something does not
 * make its subject the speaker of the quote after the colon. The words may be the one asked (what he was asked
 * to write down, repeat or explain) or the asker's own request, and the grammar cannot tell which: no one.
 */

// The verb of asking, its object pronoun, "to" and the infinitive's words, up to the colon, with no comma or
// other stop between (a comma may open another clause with a speaker of its own: "She asked him to stay, and
// then said:"). The words after the infinitive may hold "I": "so I would get it right".
const ASKED_TO_BEFORE_COLON = /\b(?:asked|begged|urged|told|persuaded|invited|pressed)\s+(?:him|her|them)\s+to\s+[\p{Ll}-]+(?:\s+(?:[\p{Ll}'’-]+|I)){0,12}\s*:\s*$/u;

/** Whether the narration right before a quote (`beforeMasked`, ending at its opening mark) ends on such a clause and a colon. */
export function askedToVoiceBefore(beforeMasked: string): boolean {
  return ASKED_TO_BEFORE_COLON.test(beforeMasked.replace(/["“]\s*$/u, ''));
}
