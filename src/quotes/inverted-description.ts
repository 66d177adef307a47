/**
 * An inverted credit after a quote with any verb of manner and a description of one person: `"...!" beamed
 * the Kremlin boss as the pair shook hands`, `"...," fumed one senior MP, who asked not to be named`. The
 * plain inverted order credits a name after any verb; a description is taken only when it describes one
 * person (not "read the sign", "ran the headline") and the sentence ends, or a clause of time, a relative
 * clause or a comma follows it.
 */
import type { Phrase } from './grammar-phrases.ts';
import { parseSpeakerPhrase } from './speaker-phrases.ts';
import type { Token } from './tagged-sentence.ts';

/** Whether `np` (after the verb that follows a quote) is a description of one person that closes the credit. */
export function invertedPersonDescription(text: string, tokens: readonly Token[], np: Phrase): boolean {
  const first = tokens[np.start];
  if (!first || !/^(?:a|an|the|one)$/iu.test(first.text)) return false;
  // (A relative clause set off after it is no role: "one senior MP, who asked not to be named".)
  if (np.appositive && !/^(?:who|whose)$/iu.test(tokens[np.appositive[0]]?.text ?? '')) return false;
  const end = np.appositive ? np.appositive[0] - 1 : np.end;
  const after = tokens[end];
  if (after && !/^[.,;!?]$/u.test(after.text) && !/^(?:as|while|when|before|after|who)$/iu.test(after.text)) return false;
  const parsed = parseSpeakerPhrase(text.slice(first.start, tokens[end - 1]!.end));
  return parsed?.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural;
}
