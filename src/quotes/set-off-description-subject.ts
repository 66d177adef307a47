/**
 * "Parker Lute, a nominal Whig who voted for two Tories, said the choice was clear.": a full name opening the
 * sentence, then a description set off by commas (an article, then words that hold no comma, no verb of saying and
 * no other full name, perhaps a "who" clause), right before the verb of saying: the name is the verb's subject,
 * however the tagger read a capitalised word inside the description ("Whig", "Republican"), which the reading of
 * subjects may leave unread.
 */
import { isCue, type Token } from './tagged-sentence.ts';

// "81-year-old" before the name: the tagger's five tokens of an age.
const AGE_TOKENS = ['year', '-', 'old'];

/**
 * The span of the full name (with an age before it, if any) whose description set off by commas ends right
 * before the verb at `verb`, when the sentence opens at `first` on that name; else null.
 */
export function setOffDescriptionSubject(tokens: readonly Token[], first: number, verb: number): { start: number; end: number; appositive: [number, number] } | null {
  let i = first;
  // (An age before the name, "81-year-old NAME", is kept with it, as the reading of names strips it.)
  if (tokens[i]?.pos === 'NUM' && tokens[i + 1]?.text === '-' && AGE_TOKENS.every((w, k) => tokens[i + 2 + k]?.text.toLowerCase() === w)) i += 5;
  let j = i;
  while (j < verb && (tokens[j]!.pos === 'PROPN' || (tokens[j]!.text === '.' && j > i))) j++;
  // A full name: two words at least, the first capitalised, a comma after it.
  if (j - i < 2 || tokens[j]?.text !== ',' || !/^[\p{Lu}]/u.test(tokens[i]!.text)) return null;
  const open = j + 1;
  const close = verb - 1;
  if (tokens[close]?.text !== ',' || close - open < 2 || close - open > 20) return null;
  if (!/^(?:a|an|the)$/u.test(tokens[open]!.text)) return null;
  const words = tokens.slice(open, close);
  // (No comma inside, no verb of saying, no quotation, and no other full name, two capitalised words running,
  // before a relative word: "a lawyer for Ann Vole" may set off whose the verb is. A name inside a "who" clause,
  // "a Whig who voted for Ann Vole", is that clause's and no subject of the verb after the comma.)
  const relative = words.findIndex((t) => /^(?:who|whom|whose)$/u.test(t.text));
  if (words.some((t, k) => t.text === ',' || t.quote >= 0 || isCue(t, words[k - 1]) || (t.pos === 'PROPN' && words[k + 1]?.pos === 'PROPN' && (relative < 0 || k < relative)))) return null;
  return { start: first, end: j, appositive: [open, close] };
}
