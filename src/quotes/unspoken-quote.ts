/**
 * Words in quotation marks that the sentence shows nobody in it spoke: the text of a thing on display (`held
 * up a sign that read "..."`, `under a headline that said "..."`, `a banner reading "..."`), a crowd's chant
 * (`roused the crowd to chants of "..."`), or words the subject is said not to have used (`refused to call the
 * raid "..."`, `never called it "..."`, `did not say "..."`). The grammar gives such words to the subject of
 * the sentence; a wrong speaker is worse than none, so these are left unattributed.
 */
import { displayBefore } from './display-words.ts';
import { mayEndWith, mayHold } from './tail-words.ts';

/**
 * A crowd's cry the subject meets or stirs, right before the quote: "roused the crowd to chants of", "amid
 * cries of", "was greeted with chants of". (Not "responded with chants of" or "broke into chants of": there
 * the subject chants.)
 */
const CHANT = /(?:\b(?:to|amid|over|greeted\s+with|met\s+with))\s+(?:[\p{Ll}-]+\s+){0,2}(?:chants?|cries|cry|shouts|chorus|refrain|boos)\s+of\s*$/iu;

// The words one of NEGATED's negations holds (none with an "s" or a "k").
const NEGATIONS = ['not', 'never', "n't", 'n’t', 'refu', 'decline', 'topped', 'avoid', 'without'];

/** A verb of naming or saying under a negation, its object perhaps between, then the quote. */
const NEGATED = /\b(?:not|never|n[’']t|refused\s+to|refuses\s+to|declined\s+to|declines\s+to|stopped\s+short\s+of|avoided|avoids|without)\s+(?:(?:even|yet|once|ever|publicly|explicitly)\s+)?(?:call|calls|calling|called|say|says|saying|said|tell|tells|telling|told|use|uses|using|used|utter|uttering|uttered|label|labelling|labeling|labelled|labeled|describe|describing|described)\b(?![^,;:]*\b(?:but|only)\b)[^,;:.!?]{0,60}$/iu;

/**
 * A verb of naming or saying in a modal perfect, its object perhaps between, then the quote: "My late father
 * would have called it "...."", "she might have said "..."": words imagined, never spoken. (Not after a verb
 * of speech earlier in the sentence: "He said he would have called it "..."" reports words he did say.)
 */
const COUNTERFACTUAL = /\b(?:would|might|could|should|ought\s+to)\s+(?:(?:surely|probably|certainly|simply|just|never)\s+)?have\s+(?:called|said|described|labelled|labeled|termed|dubbed|put\s+it)\b[^,;:.!?]{0,60}$/iu;
const SAID_BEFORE = /\b(?:said|says|say|told|tells|wrote|writes|added|insisted|argued)\b/iu;
// A pronoun right before the modal: one reporting their own imagined words ("he said he would have called it").
// A name or a description there is another's, whom the sentence's reporter only imagines ("Critics said the
// bishop should have said "..."").
const PRONOUN_MODAL = /\b(?:I|we|he|she|they|you)\s+(?:(?:surely|probably|certainly|simply|just|never)\s+)?(?:would|might|could|should|ought\s+to)\s+(?:(?:surely|probably|certainly|simply|just|never)\s+)?have\s+\S+[^,;:.!?]{0,60}$/iu;

/**
 * Words a sentence imagines: a conditional by inversion ("Had the coach said "...", ..."), "Imagine NAME saying
 * "..."", one "unlikely to say" them. (Checked on the sentence's own words before the quote.)
 */
const IMAGINED = /(?:^\s*Had\s+[^,;:.!?]{1,60}?\s+(?:said|called|described|told|used|uttered|written)\b|\b[Ii]magine\s+[^,;:.!?]{1,60}?\s+(?:saying|calling|describing|telling|using|uttering|writing)\b|\b(?:unlikely|not\s+likely)\s+to\s+(?:say|call|describe|tell|use|utter|write)\b)[^,;:.!?]{0,60}$/u;

/**
 * A correction's account of what was wrongly reported: "An article on Friday incorrectly quoted NAME as saying
 * "..."", "We previously reported that NAME had called the offer "..."". The words are the outlet's mistake.
 */
// ("NAME was misquoted as saying "..."": the words of the misquote, never NAME's.)
const MISREPORTED = /(?:\b(?:wrongly|mistakenly|incorrectly|erroneously|falsely)\s+(?:quoted|cited|reported|stated)\b|\b(?:misquoted|misreported|misrepresented)\s+(?:[^,;:.!?"“”]{1,40}?\s+)?as\s+(?:having\s+)?(?:saying|said|calling|called|describing|described|telling|told|writing|written)\b|(?:^|[.;]\s*)(?:We|This\s+(?:article|story|report))\s+(?:had\s+)?(?:previously|earlier|originally|wrongly|mistakenly|incorrectly)\s+(?:reported|stated|wrote|said)\b|(?:^|[.;:]\s*)(?:An?|The)\s+(?:earlier|previous|original|first)\s+version\s+of\s+(?:this|the)\s+(?:article|story|report|piece|item|column)\s+(?:(?:wrongly|mistakenly|incorrectly|erroneously)\s+)?(?:said|stated|reported|wrote|quoted|described)\b)[^.;:!?]{0,100}$/u;

/**
 * Words a sentence says nobody used: 'Nobody at the meeting said "war", according to the chair.' The source the
 * sentence cites only vouches for the silence.
 */
const NOBODY_SAID = /^\s*(?:(?:But|And|Yet)\s+)?(?:Nobody|No\s+one|No-one)\s+(?:[^,;:.!?"“”]{1,50}?\s+)?(?:(?:has|had|ever|once|actually|publicly|even)\s+)*(?:said|says|say|used|uses|use|called|calls|call|mentioned|mentions|uttered|utters|described|describes)\b[^,;:.!?]{0,40}$/u;

/**
 * Words put in a condition or a forecast, not yet spoken: 'If the mayor, NAME, says "yes", the council will
 * revolt', 'Critics fear NAME will call the cuts "temporary"', 'Supporters expect NAME to declare "victory"'. The
 * words are what someone may say; nobody in the sentence has said them. (The forecast runs to no comma: in
 * "If you doubt the plan, the Gazette will brand you ..." the verb after the comma is no one's forecast.)
 */
const CONDITIONAL_SAYING = /(?:^\s*|\b)(?:[Ii]f|[Uu]nless)\s+[^;:.!?"“”]{1,80}?\s+(?:(?:ever|really|now|still|then|actually|publicly|again|finally)\s+)?(?:says|calls|describes|tells|uses|utters|declares|labels|brands|were\s+to\s+(?:say|call|describe|tell|use|utter|declare)|should\s+(?:say|call|describe|tell|use|utter|declare))\b[^,;:.!?]{0,60}$/u;
// (The one forecast may have a name or a role set off by commas: "Analysts expect the governor, NAME, to say".)
const FORECAST_SAYING = /\b(?:fears?|feared|expects?|expected|predicts?|predicted|hopes?|hoped|worr(?:y|ies|ied)|suspects?|suspected|doubts?|doubted|wonders?|wondered)\s+(?:that\s+|whether\s+)?[^,;:.!?"“”]{1,80}?(?:,\s+[^,;:.!?"“”]{1,50},)?\s+(?:will|would|may|might|could|to|(?:is|are)\s+going\s+to)\s+(?:(?:again|once\s+more|simply|just|publicly|formally|soon|finally)\s+)?(?:say|call|declare|describe|tell|use|label|brand|dub|utter|proclaim)\b[^,;:.!?]{0,60}$/u;

/**
 * Words someone has only undertaken to say: 'NAME has promised to say "sorry" at his next show', 'NAME is due to
 * tell the board it is "a new chapter"', 'NAME plans to call it "a fresh start"'. They are not yet said; a credit
 * would report them as spoken. (The verb of saying stands right after the "to": "promised to "fight for every job""
 * holds words of the promise itself.)
 */
const UNDERTAKEN_SAYING = /\b(?:promised|promises|pledged|pledges|vowed|vows|plans|planned|intends|intended|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|likely))\s+to\s+(?:(?:publicly|formally|personally|finally)\s+)?(?:say|tell|call|utter|declare|describe|announce)\b[^,;:.!?"“”]{0,60}$/u;

/**
 * Words someone is asked or told to say, not yet said: 'NAME asked NAME2 to say "a few words"', 'The coach told
 * his players to repeat "one more lap"'. The one asking only names the words wanted; the one asked has not said
 * them. (Not words that ask, "asked voters to "stay home"": no verb of uttering stands before the quote, so the
 * wording is the asker's own; nor "call it "..."", a naming the asker may have coined.)
 */
const REQUESTED_SAYING = /\b(?:asked|asks|asking|urged|urges|urging|told|tells|telling|invited|invites|inviting|begged|begs|pressed|presses|challenged|challenges|dared|dares|encouraged|encourages|instructed|instructs|ordered|orders|wanted|wants|called\s+on|calls\s+on|pleaded\s+with|implored)\s+[^,;:.!?"“”]{1,60}?\s+to\s+(?:(?:just|simply|publicly|again|also|first)\s+)?(?:say|utter|repeat|recite|read\s+out|read\s+aloud|sing|chant|shout|speak)\s*$/u;

/**
 * Words hearsay puts in someone's mouth: 'Rumour has it that NAME told the board "sell everything"', 'Word around
 * the village is that NAME called the choir "a racket"'. The sentence vouches for no one's saying them.
 */
const HEARSAY = /^\s*(?:(?:But|And|Yet)\s+)?(?:(?:The\s+)?[Rr]umou?rs?\s+(?:has\s+it|have\s+it|is|are|goes|go)|[Ww]ord\s+(?:[^,;:.!?"“”]{0,40}?\s+)?(?:is|was|has\s+it|had\s+it)|[Ll]egend\s+has\s+it|[Gg]ossip\s+(?:has\s+it|is|was))\s+(?:that\s+)?[^;:.!?"“”]*$/u;

/** Words two people are both said not to have used: 'Neither NAME nor her husband, NAME2, said "the town is dying"'. */
const NEITHER_SAID = /^\s*(?:(?:But|And|Yet)\s+)?Neither\s+[^;:.!?"“”]{1,80}?\s+nor\s+[^;:.!?"“”]{1,80}?\s+(?:(?:has|have|had|ever|once|actually|publicly|even)\s+)*(?:said|says|say|used|uses|use|called|calls|call|mentioned|uttered|described|told|wrote)\b[^,;:.!?]{0,60}$/u;

/**
 * A question whether someone will or did say the words ('Will Halden say "sorry"?'): the words are put to them,
 * not yet (or not known to be) theirs.
 */
const ASKED_IF_SAYS = /^\s*(?:Will|Would|Should|Could|Can|Might|Must|Shall|Did|Does|Do|Has|Have)\s+[^;:.!?"“”]{1,60}?\s+(?:(?:ever|really|still|actually|finally)\s+)?(?:say|call|describe|use|utter|admit|repeat|said|called|described|used|uttered|admitted|repeated)\b[^,;:.!?]{0,40}$/u;

/**
 * A question put to the speaker that holds the words ('Asked whether he had called the summit "a circus", NAME
 * said: "I did not"'): the asker's wording, which the answer may as well deny.
 */
const ASKED_WHETHER = /^\s*(?:When\s+)?[Aa]sked\s+(?:whether|if)\s+[^,;:.!?"“”]{1,80}?\b(?:called|call|calls|calling|said|say|says|described|describe|describes|used|use|told|meant|referred\s+to)\b[^,;:.!?]{0,60}$/u;

/** 'What the president meant by "full support" remains unclear, said NAME': words another meant, whose sense the sentence asks after. */
const MEANT_BY = /\b(?:meant|means|mean|meaning)\s+by\s*$/u;

/**
 * A claim about someone's words that the sentence then calls false: 'Claims that NAME told members to "..." are
 * false, the union said.' The words sit in the subject's "that" clause; the main verb denies them.
 */
const CLAIM_OPENING = /^\s*(?:The\s+|These\s+|Those\s+)?(?:[Cc]laims?|[Rr]eports?|[Ss]uggestions?|[Aa]llegations?|[Rr]umou?rs?|[Aa]ccounts?)\s+that\s+[^.;:!?]*$/u;
const CALLED_FALSE = /["”]\s*[^.;:!?"“”]{0,60}?\b(?:(?:is|are|was|were)\s+(?:(?:simply|completely|entirely|totally|wholly|plainly|also)\s+)?(?:false|untrue|wrong|baseless|unfounded|fabricated|groundless|inaccurate|incorrect|a\s+lie|lies)|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:flatly|firmly|strongly|quickly|swiftly|since|later|also|repeatedly)\s+)?(?:denied|dismissed|rejected|refuted))\b/u;

/**
 * Whether the words before a quote in its sentence (`before`, quotes blanked; `sentence`, the whole of it)
 * show that nobody in the sentence spoke it: a display's text, a crowd's chant, or words the subject is said
 * not to have used.
 */
export function unspokenQuote(before: string, sentence: string): boolean {
  // A source credited by "according to" in the sentence is read as such (`according to X, a sign read "..."`).
  // (Each unicode expression is tried only on text holding its rarest word, in any case: under `iu` no character
  // past ASCII matches a letter of "according" or "only", so the plain `i` scan tells the same.)
  if (NOBODY_SAID.test(before)) return true;
  if (HEARSAY.test(before) || NEITHER_SAID.test(before)) return true;
  if (CONDITIONAL_SAYING.test(before.slice(-200)) || FORECAST_SAYING.test(before.slice(-200)) || UNDERTAKEN_SAYING.test(before.slice(-200))) return true;
  if (/ to /u.test(before) && REQUESTED_SAYING.test(before.slice(-200))) return true;
  if (/according/i.test(sentence) && /\baccording\s+to\b/iu.test(sentence)) return false;
  const tail = before.slice(-160);
  if (ASKED_WHETHER.test(before) || MEANT_BY.test(tail)) return true;
  if (ASKED_IF_SAYS.test(before) && sentence.trimEnd().endsWith('?')) return true;
  if (/only/i.test(tail.slice(-80)) && /\bnot\s+only\b/iu.test(tail.slice(-80))) return false;
  if (tail.includes(' have ')) {
    const imagined = COUNTERFACTUAL.exec(tail);
    if (imagined && (!SAID_BEFORE.test(tail.slice(0, imagined.index)) || !PRONOUN_MODAL.test(tail))) return true;
  }
  if (IMAGINED.test(tail) || MISREPORTED.test(tail)) return true;
  if (CLAIM_OPENING.test(before) && CALLED_FALSE.test(sentence)) return true;
  return displayBefore(tail) || (mayEndWith(tail, '', ['of']) && CHANT.test(tail)) || (mayHold(tail, NEGATIONS) && NEGATED.test(tail));
}
