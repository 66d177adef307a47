import { CHAT_FILLERS, CHAT_FORMS } from './lexicon.ts';
import { escapeRegExp } from '../text/regexp.ts';

/**
 * A question typed as people type in a chat, in the words the rest of the search reads (see lexicon.ts,
 * CHAT_FORMS and CHAT_FILLERS): "r the experts worried lol" → "are the experts worried".
 */

// A chat form as a word of its own: not inside a word, nor a letter of an initialism ("U.N.", "w/o").
const FORM = new RegExp(`(?<![\\p{L}\\p{N}.'/-])(?:${Object.keys(CHAT_FORMS).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}./'-])`, 'giu');
const ONE_WORD_FILLERS = CHAT_FILLERS.filter((f) => !f.includes(' '));
const FILLER = new RegExp(`(?<![\\p{L}\\p{N}'-])(?:${ONE_WORD_FILLERS.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}'-])[,!.]*`, 'giu');
// A filler of several words closes a question ("is this a new cold war or what"); elsewhere "or not" is no filler.
const CLOSING_FILLER = new RegExp(`[,\\s]+(?:${CHAT_FILLERS.filter((f) => f.includes(' ')).map((f) => f.split(' ').map(escapeRegExp).join('\\s+')).join('|')})\\s*([?!.]*)\\s*$`, 'iu');
// A question opened as a reply to what was just said ("wait so ...", "hold on, ..."): the opening asks nothing.
const OPENING = /^\s*(?:wait|hold\s+on|hang\s+on)(?:\s*[,.!]+\s*(?:so\b[,\s]*)?|\s+so\b[,\s]*)/iu;
// "Like" as a hedge before what is said ("it's like a full alliance", "is it like totally over"), no liking: a word
// the corpus's "likely" would meet.
const HEDGE_LIKE = /(?<=\b(?:it's|its|is\s+it|was\s+it|it\s+is|it\s+was|they're|are\s+they|just|so)\s+)like\b[,\s]*(?=(?:a|an|the|totally|really|super|actually|literally|basically|some)\b)/giu;
// "us" is the country where the pronoun cannot stand: opening a question ("us sanctions threat") or after "the".
const US_COUNTRY = /(?:^|(?<=\bthe\s+))us\b(?!')/giu;
// "Are we talking years?", "we talking weeks or months": "is it"; its "talking" is no talk anyone held.
const TALKING_FRAME = /\b(?:(?:are|r)\s+)?(?:we|you)\s+talking\b(?!\s+(?:about|to|with)\b)/giu;

/** The question with its chat forms written out and its chat fillers left out; unchanged when it has none. */
export function standardQuestion(question: string): string {
  let q = question.replace(CLOSING_FILLER, '$1').replace(OPENING, '').replace(HEDGE_LIKE, '').replace(FILLER, ' ');
  q = q.replace(FORM, (m) => {
    const out = CHAT_FORMS[m.toLowerCase()];
    // A capital says a name or an initialism ("N", "R"), not a chat form; a capitalised contraction keeps it.
    if (out === undefined || (m.length === 1 && m !== m.toLowerCase())) return m;
    return m[0] !== m[0]!.toLowerCase() && out[0] === out[0]!.toLowerCase() ? out[0]!.toUpperCase() + out.slice(1) : out;
  });
  q = q.replace(US_COUNTRY, 'US').replace(TALKING_FRAME, 'is it');
  return q.replace(/\s{2,}/g, ' ').trim() === question.trim() ? question : q.replace(/\s{2,}/g, ' ').trim();
}
