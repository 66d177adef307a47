/**
 * A quote found for a claim whose own words report the claimed speaker's speech before the claim's words: a
 * panellist's turn "Lavrov said on the same day that Russia would develop relations with its neighbour ...",
 * found for "did lavrov say russia would develop relations with its neighbour". Those words are the claimed
 * speaker's as the quote's speaker relays them, not the quote's speaker's own claim: shown as theirs, the answer
 * would credit the one relaying with what the claim asks of the one relayed.
 */
import { closeWords, STOP_STEMS } from './quote-words.ts';
import { escapeRegExp, sharedRegExp } from '../text/regexp.ts';

// A verb of saying right after the name (an adverb in "-ly" may stand between): "Lavrov said", "Roe told".
const SAYING = String.raw`(?:[\p{Ll}]+ly\s+)?(?:said|says|told|tells|added|adds|wrote|writes|stated|states|declared|declares|announced|announces|promised|promises|pledged|pledges|warned|warns|insisted|insists|argued|argues|claimed|claims|noted|notes|vowed|vows|replied|replies)\b`;

// Words of a typed speaker that are no name: an article, an honorific, a title typed before a surname.
const NOT_NAME = /^(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|senator|sen|president|minister|general|gen|mayor|judge|ambassador|amb|governor|gov)$/u;

/**
 * Whether the words of `quote` hold a name of the speaker typed (`typed`, a name, not a description: "lavrov",
 * "sergei lavrov"), capitalised, and a verb of saying right after it, with most of the claim's content words
 * (`claimWords`, the claim without its frame) after that verb in its sentence, and none before it: the quote relays
 * what the typed speaker said.
 */
export function relaysClaimedSpeaker(quote: string, typed: string, claimWords: string): boolean {
  const typedWords = typed.trim().toLowerCase().split(/\s+/u);
  // (A description typed, "the minister", names no one a relaying sentence would call by name.)
  if (typedWords.length === 0 || /^(?:a|an|the)$/u.test(typedWords[0]!)) return false;
  const names = typedWords.filter((w) => w.length > 1 && !NOT_NAME.test(w.replace(/\.$/u, '')) && /^[\p{L}][\p{L}'’-]*$/u.test(w));
  if (names.length === 0) return false;
  const content = [...new Set(closeWords(claimWords).filter((s) => !STOP_STEMS.has(s)))];
  if (content.length < 3) return false;
  for (const name of names) {
    // (The name as the quote writes it, capitalised: "said Lavrov" read in lower case is no name.)
    const re = sharedRegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(name)}\s+${SAYING}`, 'giu');
    for (const m of quote.matchAll(re)) {
      if (!/^[\p{Lu}]/u.test(m[0])) continue;
      // (The claim may run on past the quote into the quoted words it relays: `... with its neighbour "in all
      // areas."`, the fragment a quote of the typed speaker. What the quote holds of the claim stands after the verb.)
      // (Only to the end of the verb's own sentence: '"Andrei says nobody told us. The canteen knew a week
      // before," Ilya said.' gives Andrei the first sentence alone, the rest is Ilya's.)
      const rest = quote.slice(m.index + m[0].length);
      const end = /[.!?](?=\s|["”’']|$)/u.exec(rest);
      const after = new Set(closeWords(end ? rest.slice(0, end.index) : rest));
      const own = new Set(closeWords(quote));
      const held = content.filter((s) => after.has(s)).length;
      if (held >= 3 && held * 2 >= content.length && content.every((s) => !own.has(s) || after.has(s))) return true;
    }
  }
  return false;
}
