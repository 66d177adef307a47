/**
 * The sentences of one document read so far, in reading order: each one's text with its quotes masked and the
 * people its narration names, for what a pronoun passes over on its way back to whom it means. Kept apart from
 * `document-speakers.ts`, which decides who is who from them.
 */
import { type NameMention } from './name-mentions.ts';
import { ABOUT, GOVERNED, type SentenceNames, subjectLike, SUBORDINATE_OPENING, verbAfter } from './name-standing.ts';
import { nameWords } from './names.ts';
import { frontedClauseSetAside, mainClauseAfterFronted } from './fronted-named-clause.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { reportedClausePronoun } from './reported-clause-pronoun.ts';

/** The sentences of one document read so far, and the names their narration gives. */
export class SentencesRead {
  /** The sentence being read, counted by `next` from 1. */
  sentence = 0;
  /** The paragraph of the sentence being read, counted from 1. */
  paragraph = 0;
  /** The full names of people the narration of each sentence mentions (names inside quotes left out). */
  readonly namedIn = new Map<number, SentenceNames>();
  /** Each sentence's text (quotes masked), for what a pronoun passes over on its way back. */
  readonly textOf = new Map<number, { masked: string; from: number; to: number }>();
  /** Words found written with a capital inside a sentence (or not), by `capitalisedWithin`. */
  private readonly capitalised = new Map<string, boolean>();
  private mentionsByParagraph: Map<number, NameMention[]> | null = null;

  constructor(
    private readonly paragraphs: readonly string[],
    private readonly mentions: readonly NameMention[],
  ) {}

  /**
   * Moves on to the document's next sentence, `masked[from, to)` of a paragraph (quotes masked): pronouns
   * look back one sentence for their antecedent, and note the people named on the way.
   */
  next(paragraph: number, masked: string, from: number, to: number): void {
    this.sentence++;
    this.paragraph = paragraph;
    if (!this.mentionsByParagraph) {
      this.mentionsByParagraph = new Map();
      for (const m of this.mentions) {
        const list = this.mentionsByParagraph.get(m.paragraph);
        if (list) list.push(m);
        else this.mentionsByParagraph.set(m.paragraph, [m]);
      }
    }
    this.textOf.set(this.sentence, { masked, from, to });
    const here = this.mentionsByParagraph.get(paragraph);
    if (!here) return;
    const named = here.filter((m) => m.at >= from && m.at < to && masked[m.at] !== '_');
    // How each name stands in its sentence is read only for the few sentences a pronoun points back to.
    if (named.length) this.namedIn.set(this.sentence, { named, masked, from, to });
  }

  /**
   * The people sentence `k` names other than after "of", "about", "with" ...: a name so placed is talked about,
   * not talking ("Mr. Vail said of Mr. Hale." leaves Mr. Vail the one "he" means next). An agent after
   * "by" or "according to" may be meant.
   */
  topicalIn(k: number): readonly NameMention[] {
    const at = this.namedIn.get(k);
    if (!at) return [];
    at.topical ??= at.named.filter((m) => !ABOUT.test(at.masked.slice(Math.max(at.from, m.at - 40), m.at)));
    return at.topical;
  }

  /**
   * The people sentence `k` may be about, whatever was read as its subject: a name followed by a verb
   * ("Republican presidential candidate Marco Rivera says", "Vail's pollster, Tobias Quell, says", "a
   * worker named Antonio Arroyo has"), or any name not governed by a preposition in a sentence that opens with a
   * subordinate clause ("While Obama had ..., which concerns Henry Crespo"). Not "under President Barack Obama"
   * or "faulted police officer Jane Roe for firing".
   */
  freeIn(k: number): { names: NameMention[]; subjectLike: (m: NameMention) => boolean } {
    const at = this.namedIn.get(k);
    const names: NameMention[] = [];
    if (!at) return { names, subjectLike: () => false };
    const subordinate = SUBORDINATE_OPENING.test(at.masked.slice(at.from, Math.min(at.to, at.from + 16)));
    for (const m of at.named) if (!GOVERNED.test(at.masked.slice(Math.max(at.from, m.at - 40), m.at))) names.push(m);
    // "Since Tobin Roe took office, Piet Vaal has said little.": a main clause opening on a full name and its verb
    // after the fronted clause has that name for its subject; the clause's own names are the scene's, no subject a
    // pronoun after may mean, unless the main clause points back at one by a pronoun (`fronted-named-clause.ts`).
    const sentence = subordinate ? at.masked.slice(at.from, at.to) : '';
    const main = subordinate ? mainClauseAfterFronted(sentence) : -1;
    if (main >= 0 && frontedClauseSetAside(sentence, main)) return { names, subjectLike: (m) => m.at >= at.from + main && verbAfter(at.masked, m, at.to) };
    return { names, subjectLike: (m) => subordinate || verbAfter(at.masked, m, at.to) };
  }

  /**
   * The people this sentence names as subjects before its first quote ("C. Boyden Gray, who served ..., ticked
   * through the code: '...,' he said"), unless it opens with the pronoun itself.
   */
  leadIn(): { names: readonly NameMention[]; subjectLike: (m: NameMention) => boolean } {
    const at = this.namedIn.get(this.sentence);
    if (!at || /^\s*(?:He|She)\s/u.test(at.masked.slice(at.from, at.from + 8))) return { names: [], subjectLike: () => false };
    let quoteAt = at.masked.indexOf('_', at.from);
    if (quoteAt < 0 || quoteAt >= at.to) quoteAt = at.to;
    return { names: this.topicalIn(this.sentence).filter((m) => m.at < quoteAt), subjectLike: (m) => subjectLike(at.masked, m, quoteAt) };
  }

  /**
   * Whether the document writes `word` with a capital inside a sentence too (after a lowercase word or a comma):
   * a name, not a common noun that opens a sentence ("Delegates questioned ...").
   */
  capitalisedWithin(word: string): boolean {
    const known = this.capitalised.get(word);
    if (known !== undefined) return known;
    const inside = new RegExp(`[\\p{Ll},;]\\s+${escapeRegExp(word)}\\b`, 'u');
    const found = this.paragraphs.some((p) => inside.test(p));
    this.capitalised.set(word, found);
    return found;
  }

  /**
   * The surnames of the people this sentence's narration names as spoken to by a "he" or "she" ("he told
   * Hannity", "she asked Mr. Cruz"): the pronoun is not them.
   */
  listenersHere(): Set<string> {
    const out = new Set<string>();
    const at = this.textOf.get(this.sentence);
    if (!at) return out;
    const text = at.masked.slice(at.from, at.to);
    for (const m of text.matchAll(LISTENER)) {
      const words = nameWords(m[1]!);
      const last = words[words.length - 1];
      if (last) out.add(last);
    }
    return out;
  }

  /**
   * Whether this sentence has the writer putting a question to the one `text` describes: "When I asked a
   * Russian official what ...", "We spoke to a diplomat who ...".
   */
  writerAsks(text: string): boolean {
    const at = this.textOf.get(this.sentence);
    if (!at) return false;
    const i = at.masked.slice(at.from, at.to).indexOf(text);
    return i > 0 && WRITER_ASKING.test(at.masked.slice(at.from, at.from + i));
  }

  /**
   * The gender a reflexive right after a bare surname in this sentence tells, as a title would: "Clinton
   * herself also signaled ..." is the Clinton who is a woman, though Bill Clinton spoke last.
   */
  reflexiveGender(surname: string): 'm' | 'f' | null {
    const at = this.textOf.get(this.sentence);
    if (!at) return null;
    const text = at.masked.slice(at.from, at.to);
    const m = REFLEXIVE_AFTER_NAME.exec(text);
    if (m && nameWords(m[1]!)[0] === surname) return m[2] === 'herself' ? 'f' : 'm';
    // "Vos closed the meeting as she always does:": the subject pronoun of a clause hung on the sentence's
    // own subject, with no one else named or pointed to between, is that subject.
    const c = SUBJECT_THEN_CLAUSE_PRONOUN.exec(text);
    if (c && nameWords(c[1]!)[0] === surname && !/\b(?:him|her|them|his|their)\b|[\p{Lu}]/u.test(c[2]!)) return c[3] === 'she' ? 'f' : 'm';
    // "Kim, for his part, told Putin ...": a short phrase set off right after the opening surname whose possessive
    // can own nothing but the subject's part, words or place tells the subject's sex as a reflexive would.
    const o = SUBJECT_OWN_ASIDE.exec(text);
    if (o && nameWords(o[1]!)[0] === surname) return o[2] === 'her' ? 'f' : 'm';
    return null;
  }

  /**
   * The gender of the pronoun that opens what a bare surname says in this sentence ("Vos said she had
   * stopped ..."), or in the one before it in the same paragraph when that one credits a quote here; null when
   * neither opens with that surname and a verb of saying. Only a hint: the pronoun may be someone else the text
   * has named, which the caller rules out.
   */
  /**
   * The gender of the object pronoun right after the verb of a sentence a bare surname opens ("Olsen described
   * her as ..."), which is someone other than the subject; null when there is none.
   */
  objectPronounGender(surname: string): 'm' | 'f' | null {
    const at = this.textOf.get(this.sentence);
    const m = at ? SURNAME_VERB_OBJECT.exec(at.masked.slice(at.from, at.to)) : null;
    return m && nameWords(m[1]!)[0] === surname ? (m[2] === 'her' ? 'f' : 'm') : null;
  }

  reportedPronounGender(surname: string): 'm' | 'f' | null {
    const at = this.textOf.get(this.sentence);
    if (!at) return null;
    const before = this.textOf.get(this.sentence - 1);
    for (const s of before && before.masked === at.masked ? [at, before] : [at]) {
      const m = SURNAME_SAID_PRONOUN.exec(s.masked.slice(s.from, s.to));
      if (m && nameWords(m[1]!)[0] === surname) return m[2] === 'she' ? 'f' : 'm';
    }
    // ("Roe, who taught there, said the cranes were "..." before the war, and that she doubted ...", this sentence only.)
    return reportedClausePronoun(at.masked.slice(at.from, at.to), surname);
  }
}

/**
 * A sentence opening with a bare name and its verb whose object is "him" or "her" (not "her" owning a noun:
 * "Olsen described her mother" may be her own): "Olsen described her as", "Olsen called him "..."". A few verbs
 * of telling and giving past in no "-ed" ("told", "gave", "showed", "sent", "taught") take the pronoun before a second
 * object or a clause: "Olsen told her the plan was dead:", "Olsen told him that ..." ("her" before "the", "a" or
 * "that" owns nothing).
 */
const SURNAME_VERB_OBJECT = /^\s*([\p{Lu}][\p{L}'’-]*)\s+(?:(?:also|once|later|then|[\p{Ll}]+ly)\s+)?(?:[\p{Ll}]+(?:ed|s)|told|gave|showed|sent|taught)\s+(him|her)(?=\s+(?:as|to|for|with|in|on|at|after|before|when|over|the|a|an|that|what|how|why|about)\b|\s*["“,.;:]|\s*$)/u;

/** A sentence opening with a bare name and a verb of saying whose reported clause opens with "he" or "she". */
const SURNAME_SAID_PRONOUN = /^\s*([\p{Lu}][\p{L}'’-]*)\s+(?:said|says|added|adds|explained|explains)\s+(?:that\s+)?(she|he)\s+[\p{Ll}]/u;

/** A pronoun speaking to someone named: "he told Sean Hannity", "she asked Mr. Cruz". */
const LISTENER = /\b(?:he|she|He|She)\s+(?:told|tells|asked|asks|assured|reminded|informed|warned|thanked|urged|pressed|answered|replied\s+to|said\s+to)\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})/gu;

/**
 * The writer's own question just before the one asked: "I asked", "we spoke to", "I put it (this, that line) to"; or
 * the writer's meeting or call, which sets the one met up to tell the writer something: "I met the consul,
 * and he told me ...".
 */
const WRITER_ASKING = /(?:^|[\s,])(?:I|[Ww]e)\s+(?:asked|interviewed|put\s+(?:it|this|that|(?:this|that|the|these|those)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}]+)\s+to|(?:spoke|talked)\s+(?:to|with)|met|visited|called|phoned|rang)\s+$/u;

/** A sentence opening with a bare name, its verb's words, then a clause of time, reason or manner whose subject is "he" or "she". */
// (The sentence may open with the quote the bare name then credits: '"...," Pavlek told reporters, before he left'.)
const SUBJECT_THEN_CLAUSE_PRONOUN = /^\s*(?:["“][^"“”]*["”]\s*)?([\p{Lu}][\p{L}'’-]*)\s+((?:[\p{L}'’-]+,?\s+){1,6}?)(?:as|while|when|before|after|because|since|until|once)\s+(she|he)\b/u;

/**
 * A sentence opening with a bare name and a set-off phrase of a preposition and the subject's own possessive
 * before its verb: "Kim, for his part,", "Vos, in her reply,", "Lund, on his side,". Nothing else is named before
 * the possessive, so it can only be the subject's.
 */
const SUBJECT_OWN_ASIDE = /^\s*([\p{Lu}][\p{L}'’-]*),\s+(?:for|in|on|from|at|by|with)\s+(his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+,\s+[\p{Ll}]/u;

/** A capitalised word followed by a reflexive: "Clinton herself". */
const REFLEXIVE_AFTER_NAME = /(?<![\p{L}'’-])([\p{Lu}][\p{L}'’-]*)\s+(herself|himself)\b/u;
