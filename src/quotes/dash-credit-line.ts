/**
 * A credit line set under a quote that fills its paragraph, as a "quotes of the week" box or an epigraph gives
 * it: `"..." — Jane Roe, 52, a farmer in Tolvik, to a radio station`. The line names the speaker first, then
 * perhaps an age, a role and the occasion, each set off by commas; or it describes one nameless speaker ("— A
 * spokeswoman for the port, asked about ..."), or gives a body's statement ("— Statement from the ministry").
 */

/** The credit line read: the phrase that names or describes the speaker, and a role set off after a name. */
export interface DashCreditLine {
  phrase: string;
  role: string | null;
  /** An age set off right after the phrase ("Tilde, 9,"): a lone first name is a person's then. */
  aged: boolean;
  /** The phrase came out of "Statement from X": a body's words. */
  statement: boolean;
}

// The dash and the line, to the paragraph's end.
const LINE = /^\s*[—–―]\s*([\p{Lu}][^"“”«»;:]{0,200}?)\s*\.?\s*$/u;
// "Statement from the ministry", "A statement by the council".
const STATEMENT = /^(?:(?:A|The)\s+)?(?:[Ss]tatement|[Rr]elease)\s+(?:from|by)\s+(.+)$/u;
// "Roe again": the same speaker as an earlier line.
const AGAIN = /\s+again$/u;
// An age alone ("52") or with its unit.
const AGE = /^\d{1,3}(?:\s+years?\s+old)?$/u;

/** The credit line after a quote (`after`: the text from the quote's closing mark to the paragraph's end), or null. */
export function dashCreditLine(after: string): DashCreditLine | null {
  const m = LINE.exec(after);
  if (!m) return null;
  const parts = m[1]!.split(/\s*,\s*/u);
  let phrase = parts[0]!.replace(AGAIN, '');
  const statement = STATEMENT.exec(phrase);
  if (statement) phrase = statement[1]!;
  let k = 1;
  const aged = parts[k] !== undefined && AGE.test(parts[k]!);
  if (aged) k++;
  // (A role opens in lower case; "at a briefing", "asked about ..." and "who ..." tell the occasion, not a role.)
  const next = parts[k];
  const role = next && /^(?:(?:a|an|the)\s+)?[\p{Ll}]/u.test(next) && !/^(?:at|in|on|to|from|for|by|after|before|during|via|when|while|who|which|asked|speaking|issued|writing|quoted|told|said)\b/u.test(next) ? next : null;
  return { phrase, role, aged, statement: Boolean(statement) };
}
