/**
 * Names and terms that a sentence reports as what people habitually call something, not as what they said:
 * "locals still call the square "the Kettle"", "brokers have started calling it a "harbour tax"", "some still
 * call the village by its old name, "Nordby-3"". A habit of naming is no utterance, so the quoted name goes to
 * no one. So too a scare quote inside the object of a judging verb whose judgement follows it: "Roe calls the talk
 * of a new "bloc" overblown" (her words, if any, are "overblown"; the quoted word is the writer's term).
 */

// "still call", "have started calling", "took to calling": the verb names a lasting or growing habit of naming.
const HABIT_OF_NAMING =
  /\b(?:still|started|starts|start|begun|began|begin|begins|come\s+to|came\s+to|taken\s+to|took\s+to|take\s+to)\s+(?:[\p{Ll}]+ly\s+)?(?:call|calls|called|calling)\b[^.;:!?"“”«»()]{0,80}$/u;

// "by its old garrison name, "..."": the quote is given as a name.
const BY_NAME = /\bby\s+(?:its|their|his|her|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:name|nickname)\s*,?\s*$/u;

// "calls the talk of a new "...": the quote stands inside the object, after its determiner and more words.
const INSIDE_OBJECT = /\b(?:calls|called|call|calling|deems|deemed|considers|considered|finds|found)\s+(?:the|a|an|this|that|its|their|his|her)\s+[^.;:!?"“”«»,()]{1,60}$/u;
// ... and one word closes the clause after it, the judgement ("premature."), not a phrase that goes on.
const JUDGEMENT_AFTER =
  /^\s*(?!(?:and|but|or|nor|by|for|to|in|on|at|of|with|as|that|which|who|when|because|since|after|before|if|while|too|again|also|instead|then|now|today|yesterday|tonight|earlier|later|once|twice|here|there|anyway|overall|itself|himself|herself|themselves)\b)[\p{Ll}][\p{Ll}-]*(?<!ly)\s*[.;,!?]/u;

// "Some critics in Oslo have already called it the "...": a group counted only by "some" or "many" that calls a
// thing by a name with an article before it, as the passive `called the "..." by critics` (`calledByGroup`), gives
// the thing a label no one of them can be told to have said.
const GROUP_NAMING =
  /^\s*(?:(?:But|And|Yet)\s+)?(?:Some|Many|Several|Most|Other)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+s(?:\s+(?:in|at|from|of)\s+[\p{Lu}][\p{L}'’-]*)?\s+(?:have\s+|had\s+)?(?:already\s+|long\s+|even\s+)?(?:call|called|dub|dubbed|nickname|nicknamed)\s+(?:[^.;:!?"“”«»,()]{1,40}\s)?(?:the|a|an)\s*$/u;

/** Whether the quote between `before` (its sentence up to the opening mark, quotes masked) and `after` (the text after its closing mark) is a habitual name or a scare quote inside a judged object, no one's words. */
export function isNamingHabitLabel(before: string, after: string): boolean {
  const tail = before.replace(/["“‘'«]\s*$/u, '').slice(-140);
  return HABIT_OF_NAMING.test(tail) || GROUP_NAMING.test(before.replace(/["“‘'«]\s*$/u, '')) || BY_NAME.test(tail) || (INSIDE_OBJECT.test(tail) && JUDGEMENT_AFTER.test(after.slice(0, 40)));
}
