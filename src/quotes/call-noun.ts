/**
 * "call" the noun before a quote: `said on a call, "..."`, `told reporters on a phone call, "..."`. A call one is on
 * is where the words were spoken, not the verb that names a thing ("what locals call "...""), so it makes no label.
 */

// A determiner, perhaps one word of the kind of call, or the kind of call alone ("phone call", "conference
// call"), then "call" or "calls" at the end, with the punctuation that may stand before the quote.
const CALL_NOUN = /(?:\b(?:a|an|the|this|that|his|her|its|their|our|my|your|one|another|every|each)\s+(?:(?:phone|telephone|conference|video|zoom|radio|brief|short|private|separate|later|earlier|recent|weekly|daily|joint)\s+)?|\b(?:phone|telephone|conference|video|zoom)\s+)calls?\s*[:,]?\s*["“‘']?$/iu;

/** Whether `before`, the words right before a quote, ends in "call" or "calls" as a noun ("on a call,"). */
export function endsInCallNoun(before: string): boolean {
  return CALL_NOUN.test(before);
}
