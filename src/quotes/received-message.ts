/**
 * A quote inside what a message someone received says: in `Roe wrote to the minister and received a reply saying
 * the plan was "under review".` the reply says the words, so they are its sender's, not those of the sentence's
 * subject, who only received it. A sender named after "from" (`a letter from Kask saying`) takes them; with none
 * named nobody is told. (A message the subject sent or issued, "Roe issued a statement saying", stays Roe's.)
 */

const NAME = String.raw`(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*`;
// What comes to someone bearing words.
const MESSAGE = String.raw`(?:reply|replies|response|responses|answer|letter|letters|message|messages|note|e-?mails?|text|texts|memo|notice|notification|call|voicemail|card|leaflet|circular)`;
// A verb of receiving (or a passive of sending), the message with up to two words describing it, its sender
// perhaps, then a participle of saying (or "which/that said") and the rest of the clause up to the quote's opening
// mark, with no other clause mark or quote in it.
const RECEIVED_SAYING = new RegExp(String.raw`\b(?:received|receives|receiving|got|gets|getting|(?:was|were|been)\s+(?:sent|handed|given))\s+(?:a|an|the|one|another|two|three|several)\s+(?:[\p{Ll}-]+\s+){0,2}${MESSAGE}(?:\s+from\s+(${NAME}))?(?:\s+(?:on|in|last|this|within)\s+[\p{L}]+)?,?\s+(?:saying|stating|telling\s+(?:him|her|them|us|me)|(?:which|that)\s+(?:said|stated|read))\b[^,;:_"“”()]*$`, 'u');

/**
 * The sender of the received message whose saying holds the quote, when `before` (the quote's sentence up to its
 * opening mark, quotes masked) ends in such a clause: `{ sender }` with the sender's name after "from", or `{
 * sender: null }` when none is named; null when `before` does not read so. `at` is where the verb of receiving
 * stands in `before`.
 */
export function receivedMessage(before: string): { sender: string | null; at: number } | null {
  if (!/\b(?:receiv|got|gets|getting|sent|handed|given)/u.test(before)) return null;
  const m = RECEIVED_SAYING.exec(before.replace(/\s+$/u, ' '));
  if (!m) return null;
  return { sender: m[1]?.trim() ?? null, at: m.index };
}
