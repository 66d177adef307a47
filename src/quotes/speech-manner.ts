/**
 * A sentence that says how someone put it, with no quote in it: `A retired general, who asked not to be
 * named, put it bluntly over the phone.` The quote after it is that person's, as a `"...," he said` shows:
 * the sentence sets its subject up to speak, as a question the writer puts does. (A "he" back to someone only
 * described is otherwise left unanswered: too often someone else on PolNeAR.)
 */
import { isSpace } from '../text/chars.ts';
import { withoutContactClause } from './contact-clause.ts';
import { kinSex } from './gendered-nouns.ts';

// A described subject (determiner first), perhaps a clause set off by commas, then a predicate that tells the
// manner of what the subject said: "put it (bluntly)", "was (more) blunt", "went further", "did not mince
// words", "was less sure"; or that the subject took the other side ("disagreed", "objected", "was firm"). (Or an aside of the
// subject's state now: "A former aide, now retired, put it ..."; or where they work: "Another official, at the
// port office, put it more simply.") (Or a relation of someone named before: "His wife,
// who asked not to be named, was calmer."; "also" may open the clause: "A third clerk, also speaking anonymously,
// was warier.")
const MANNER = /^((?:A|An|One|The|Another|His|Her|Their)\s+[^,;:_]{1,60}?)(?:,\s+(?:(?:also|again|likewise)\s+)?(?:who|speaking|requesting|asking|interviewed|reached)\b[^;:_]{0,140}?,|,\s+(?:now|since|long|recently|newly|still|once)\s+[^,;:_]{1,40},|,\s+(?:at|from|in|with)\s+[^,;:_]{1,50},)?\s+(?:also\s+|then\s+)?(?:put\s+it\b|put\s+(?:the\s+matter|things)\b|was\s+(?:more\s+|less\s+|even\s+|far\s+|much\s+)?(?:blunt|blunter|candid|direct|frank|forthright|sure|certain|cautious|guarded|sceptical|skeptical|optimistic|pessimistic|scathing|emphatic|calm|calmer|sanguine|upbeat|hopeful|wary|warier|measured|reserved|restrained|circumspect)\b|was\s+(?:more\s+|less\s+|even\s+|far\s+|much\s+)?(?:firm|firmer|adamant|unconvinced|unmoved|dismissive|categorical)\b|disagreed\b|objected\b|demurred\b|pushed\s+back\b|went\s+further\b|did\s+not\s+mince\s+(?:his|her|their)?\s*words\b|spoke\s+(?:bluntly|frankly|candidly|plainly|openly)\b)[^_]*$/u;
// A participle's clause of a question put to the subject may come first: "Asked by the chair whether ..., a
// former officer was firm." (the one asked is the one described after its comma).
const ASKED_FIRST = /^\s*(?:Asked|Pressed)\b[^;:_"“”]{0,160}?,\s+(?=(?:[Aa]|[Aa]n|[Oo]ne|[Tt]he|[Aa]nother)\s)/u;

/** The description a sentence of this kind has speak next ("A retired general"), or null. */
export function mannerSubject(sentence: string): string | null {
  // MANNER opens with "A", "An", "One", "The", "Another" or an owner's pronoun ("His wife, who asked not to
  // be named, was calmer."): most sentences are told apart by their first letter.
  const fronted = sentence.includes('sked') || sentence.includes('ressed') ? ASKED_FIRST.exec(sentence) : null;
  if (fronted) sentence = sentence.charAt(fronted[0].length).toUpperCase() + sentence.slice(fronted[0].length + 1);
  let k = 0;
  while (k < sentence.length && isSpace(sentence.charCodeAt(k))) k++;
  const c = sentence.charCodeAt(k);
  if (c !== 65 && c !== 79 && c !== 84 && c !== 72) return null;
  const m = MANNER.exec(sentence.trim());
  // "A former Pentagon planner I spoke to this week put it more bluntly": the one described, not the clause.
  return m ? withoutContactClause(m[1]!) : null;
}

// A described person, then a relative clause saying they spoke to the writer or asked not to be named: "a
// Russian diplomat in Vladivostok, who spoke to us on condition of anonymity", "a technician, who spoke on condition of
// anonymity because ...". The clause makes them a source
// wherever the description stands in the sentence ("The last word belongs to ..."). So does a clause keeping the
// name back (declining to be named is asking not to be: "a welder, who asked that his name not be used because ...", "a woman in a blue scarf who would not
// give her name", "who spoke on condition that she not be named"): a few plain words, comma or none, then "who"
// and "his"/"her" (which tells the sex: sourceClauseSex). So does one saying they
// agreed to talk ("she finds a ferryman who agreed to talk"), comma or none: a few plain words then "who".
const SOURCE_CLAUSE = /(?:^|[\s(])((?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+[^,;:_()]{1,60}?),\s+who\s+(?:spoke|talked)\s+(?:(?:to|with)\s+(?:us|me|this\s+\w+|the\s+\w+|reporters)\b|on\s+(?:the\s+)?condition\s+of\s+anonymity\b|anonymously\b|off\s+the\s+record\b)|(?:^|[\s(])((?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+[^,;:_()]{1,60}?),\s+who\s+(?:asked|requested|declined)\s+(?:not\s+to\s+be|to\s+remain|to\s+be)\s+(?:named|identified|anonymous)|(?:^|[\s(])((?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,6}?[\p{L}-]+),?\s+who\s+(?:(?:asked|requested)\s+that\s+(?:his|her)\s+(?:full\s+)?name\s+(?:not\s+be|be\s+withheld)|spoke\s+on\s+(?:the\s+)?condition\s+that\s+(?:he|she)\s+not\s+be\s+(?:named|identified)|(?:would\s+not|wouldn['’]t|did\s+not|didn['’]t|declined\s+to|refused\s+to)\s+give\s+(?:his|her|their)\s+(?:full\s+|last\s+|real\s+)?name\b)|(?:^|[\s(])((?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+[^,;:_()]{1,60}?),\s+who\s+(?:would\s+not|did\s+not|declined\s+to|refused\s+to)\s+give\s+(?:his|her|their)\s+(?:full\s+|real\s+)?name\b|(?:^|[\s(])((?:a|an|one|another)\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+),?\s+who\s+(?:agreed|consented)\s+to\s+(?:talk|speak|be\s+interviewed)\b/u;

/** The description a relative clause of speaking to the writer marks as a source ("a Russian diplomat"), or null. */
export function sourceByClause(sentence: string): string | null {
  // Both of its clauses need "who": most sentences are told apart without the expression.
  if (!sentence.includes('who')) return null;
  const m = SOURCE_CLAUSE.exec(sentence);
  if (!m) return null;
  // "His mother, a teacher who asked that her name not be used, said ...": the description set off is a role of
  // the kin the sentence opens with, who is the source (not "a teacher"), shown by the relation as "his mother" is.
  // (Not any noun: "Her neighbour, a young man in a hoodie who ..." is best told by the description.)
  const head = APPOSED_TO.exec(sentence.slice(0, m.index + m[0].search(/\S/u)));
  if (head && kinSex(head[2]!)) return head[1]!;
  // "a former Russian diplomat I spoke with in Vladivostok, who asked ...": the one described, not the clause.
  return withoutContactClause((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!);
}

// An owner's pronoun and a noun or two opening the sentence, set off by a comma right before the source's
// description: "His mother, " of "His mother, a teacher who ...".
const APPOSED_TO = /^\s*((?:His|Her|Their)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)),\s*$/u;

// "who asked that his name not be used", "who would not give her name", "that she not be named".
const WITHHELD_NAME_SEX = /\bwho\s+(?:(?:asked|requested)\s+that\s+(his|her)\s+(?:full\s+)?name\b|spoke\s+on\s+(?:the\s+)?condition\s+that\s+(he|she)\s+not\b|(?:would\s+not|wouldn['’]t|did\s+not|didn['’]t|declined\s+to|refused\s+to)\s+give\s+(his|her)\s+(?:full\s+|last\s+)?name\b)/u;

/** The sex a clause keeping a source's name back tells by its "his"/"her" ("who would not give her name"), or null. */
export function sourceClauseSex(sentence: string): 'm' | 'f' | null {
  if (!sentence.includes('who')) return null;
  const m = WITHHELD_NAME_SEX.exec(sentence);
  const word = m ? (m[1] ?? m[2] ?? m[3])! : null;
  return word === null ? null : word === 'his' || word === 'he' ? 'm' : 'f';
}

// "The last word belongs to the ferryman.", "The final word goes to a retired judge.", "The ferryman gets the
// last word.": a feature's way of handing the floor to someone, whose quote follows.
// (Or to a name, a clause set off after it: "The last word went to Ida Roe, who had stayed to the end.")
const LAST_WORD = /^(?:The\s+(?:last|final)\s+word\s+(?:belongs|goes|went|belonged)\s+to\s+((?:the|a|an|one)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+|(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*(?=\s*[.:]?\s*$|,\s+(?:who|whose)\s+[^,;:"“”_]{1,100}[.:]?\s*$))(?:,\s+(?:who|whose)\s+[^,;:"“”_]{1,100})?|((?:The|A|An)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:gets|has|got|had)\s+the\s+(?:last|final)\s+word)\s*[.:]?\s*$/u;

/** The description or full name a sentence handing someone the last word names ("the ferryman"), or null. */
export function lastWordTo(sentence: string): string | null {
  if (!sentence.includes('word')) return null;
  const m = LAST_WORD.exec(sentence.trim());
  return m ? (m[1] ?? m[2])! : null;
}

// "Tully recalls a conversation with a senior Russian diplomat": the one the conversation was with, whom a
// later "The Russian told him ..." or "the diplomat said" may mean.
const CONVERSATION = /\b(?:a|an|one)\s+(?:conversation|exchange|interview|talk|chat|meeting|dinner|lunch)\s+(?:(?:he|she|they|I|we)\s+(?:had|held)\s+)?with\s+((?:a|an)\s+(?:[\p{L}-]+\s+){0,6}[\p{L}-]+)/u;

/** The words after "a conversation with" naming someone only described ("a senior Russian diplomat in ..."), or null. */
export function conversationPartner(sentence: string): string | null {
  if (!sentence.includes(' with a')) return null;
  const words = CONVERSATION.exec(sentence)?.[1];
  // ("a senior Russian diplomat in Seoul two decades ago": the person, not where or when the talk was.)
  return words ? words.replace(/\s+(?:in|at|on|during|over|years|decades|months|weeks|days|two|three|some|last|ago|before|after|when|who|whom|that|which)\b.*$/u, '') : null;
}
