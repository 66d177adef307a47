/**
 * The reporter's clause a quoted fragment stands in: `Kim said that North Korea would "always stand with
 * Russia"` reports Kim's words, partly quoted; a claim "Kim said North Korea will always stand with Russia"
 * is his words in the reporter's wording, not words nobody said. The clause runs from right after the
 * reporting verb that asserts (said, told, added, warned ...) to the first mark that closes a clause after
 * the quote. Verbs that do not pass on what was said as said ("denied", "asked", "called", "joked") open no
 * such clause, nor does a reporting verb negated ("did not say").
 */

// Verbs that pass on what someone said as they meant it: the clause after them is the speaker's claim.
const ASSERTING = new Set(
  `said says say told tells added adds stated states noted notes stressed stresses insisted insists argued argues
  explained explains claimed claims declared declares announced announces wrote writes vowed vows pledged pledges
  promised promises assured assures reiterated reiterates confirmed confirms predicted predicts warned warns
  agreed agrees affirmed affirms maintained maintains acknowledged acknowledges admitted admits replied replies
  responded responds emphasized emphasised emphasizes emphasises concluded believes believed saying adding noting
  stressing insisting warning arguing explaining`.split(/\s+/u),
);

// Words right before a verb that turn it: "did not say", "never said", "declined to say", "refused to confirm".
const TURNING = /\b(?:not|never|n['’]t|no|neither|nor|declined|refused|denied|wouldn['’]t|won['’]t)\W+(?:\w+\W+){0,2}$/iu;

/** Where a clause ends after its quote: a stop, a colon or semicolon, a dash, a bracket, a comma. */
const CLAUSE_END = /[.;:!?—–(,]/u;

export interface ReportedLead {
  /** The clause, verbatim from the sentence. */
  text: string;
  /** Where the quote stands in `text`, [from, to). */
  from: number;
  to: number;
}

/**
 * The clause of `sentence` that reports the quote `quote` after an asserting verb, with the quote's place in
 * it; null when the quote is not in the sentence or no asserting verb, unturned, comes before it.
 */
export function reportedLead(sentence: string, quote: string): ReportedLead | null {
  return leadAfter(sentence, quote, ASSERTING) ?? afterFrontedAs(sentence, quote);
}

// A sentence opened by a clause of manner that credits the main clause: "As Holub has put it (in another context), ...".
const FRONTED_AS = /^\s*As\s+[^,;:"“”]{1,80}?\s(?:(?:has|had|once|later|also)\s+)?(?:put|puts)\s+it\b[^,;:"“”.!?]{0,60},\s*/iu;

/**
 * The main clause after a fronted "As X has put it, ..." up to the clause's end, when the quote stands in it:
 * the clause is what X put that way (`As Holub has put it, the two states are "allies of necessity"`).
 */
function afterFrontedAs(sentence: string, quote: string): ReportedLead | null {
  const m = FRONTED_AS.exec(sentence);
  const at = quote ? sentence.indexOf(quote) : -1;
  if (!m || at < m[0].length) return null;
  const quoteEnd = at + quote.length;
  const rest = sentence.slice(quoteEnd);
  const closing = /^[\s"”’']*/u.exec(rest)?.[0].length ?? 0;
  const stop = rest.slice(closing).search(CLAUSE_END);
  const end = stop < 0 ? sentence.length : quoteEnd + closing + stop;
  const start = m[0].length;
  return { text: sentence.slice(start, end), from: at - start, to: quoteEnd - start };
}

// Verbs that name someone or something with the quoted words: "described Putin as "...", "called Kim "..."".
const NAMING = new Set('described describes called calls labelled labeled labels branded brands dubbed dubs termed terms'.split(' '));

/**
 * The clause of `sentence` that names someone with the quote after a naming verb (`described Putin as "a
 * supplicant"`), from right after the verb, with the quote's place in it; null as for `reportedLead`.
 */
export function namingLead(sentence: string, quote: string): ReportedLead | null {
  return leadAfter(sentence, quote, NAMING);
}

// "described X as ...": the one naming verb that tells what X is said to be.
const DESCRIBING = new Set(['described', 'describes']);

/** The clause after "described" holding the quote (`described the talks as having opened "a new chapter"`), or null. */
export function describedLead(sentence: string, quote: string): ReportedLead | null {
  const lead = leadAfter(sentence, quote, DESCRIBING);
  return lead && /\bas\b/iu.test(lead.text.slice(0, lead.from)) ? lead : null;
}

const DETERMINER = /^(?:the|a|an|this|these|those|his|her|its|their|our|my|your|whose)$/u;
// A number word before a word in -s: "two states" is a noun ("the two said" is a verb, and stays one). Not
// digits: a year in a citation comes before the verb ("Baek (2021) argues").
const NUMBER = /^(?:two|three|four|five|six|seven|eight|nine|ten)$/u;

/** The clause of `sentence` after the last of `verbs` before the quote, unturned, to the clause's end. */
function leadAfter(sentence: string, quote: string, verbs: ReadonlySet<string>): ReportedLead | null {
  const at = quote ? sentence.indexOf(quote) : -1;
  if (at < 0) return null;
  const before = sentence.slice(0, at);
  let verbEnd = -1;
  let verbStart = -1;
  let previous = '';
  for (const m of before.matchAll(/[\p{L}\p{N}'’]+/gu)) {
    const word = m[0].toLowerCase();
    const after = previous;
    previous = word;
    // After a determiner or a number the word is a noun: "the two states", "his notes", "these claims".
    if (DETERMINER.test(after) || (NUMBER.test(after) && word.endsWith('s'))) continue;
    if (verbs.has(word)) {
      verbStart = m.index;
      verbEnd = m.index + m[0].length;
    }
  }
  if (verbEnd < 0 || TURNING.test(before.slice(Math.max(0, verbStart - 40), verbStart))) return null;
  const quoteEnd = at + quote.length;
  // A credit set off inside the clause ("The visit, she said, was "a turning point""): the clause is the
  // sentence around it, the credit taken out.
  const opening = before.lastIndexOf(',', verbStart);
  const parenthetical = /^\s*,/u.test(before.slice(verbEnd)) && opening >= 0 && !/[.;:!?"“”]/u.test(before.slice(0, opening));
  const rest = sentence.slice(quoteEnd);
  // The closing quotation mark is the quote's; a comma or stop before or after it ends the clause.
  const closing = /^[\s"”’']*/u.exec(rest)?.[0].length ?? 0;
  const stop = rest.slice(closing).search(CLAUSE_END);
  const end = stop < 0 ? sentence.length : quoteEnd + closing + stop;
  if (parenthetical) {
    const resume = before.indexOf(',', verbEnd) + 1;
    const text = `${sentence.slice(0, opening)}${sentence.slice(resume, end)}`;
    const shift = resume - opening;
    return { text, from: at - shift, to: quoteEnd - shift };
  }
  // Words between the verb and the "that" opening its clause tell of the saying, not of what was said ("said
  // only that ...", "told Putin that ..."): the clause starts after that "that", unless one of them turns it.
  const start = verbEnd + clauseOpening(sentence.slice(verbEnd, at));
  return { text: sentence.slice(start, end), from: at - start, to: quoteEnd - start };
}

// One or two words, none a negation, then the "that" opening a reported clause.
const BEFORE_THAT = /^\s+(?:(?!(?:not|never|no|nor)\b)[\p{L}'’-]+\s+){1,2}that\s+/iu;

/** How many characters of `between` (the text from the verb to the quote) come before the reported clause. */
function clauseOpening(between: string): number {
  return BEFORE_THAT.exec(between)?.[0].length ?? 0;
}
