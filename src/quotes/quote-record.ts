/** One quote as the extraction reads it: the quote, where it stands, and what its sentence says of who spoke it. */
import type { Quote } from '../types.ts';
import type { QuoteSpan } from './attribution.ts';
import type { LocalSpeaker } from './document-speakers.ts';

/** A quote of the corpus with where it stands and how far its own sentence credits it. */
export interface QuoteRecord {
  quote: Quote;
  passage: number;
  span: QuoteSpan;
  /** Where `quote.sentence` starts in the passage text. */
  sentenceStart: number;
  local: LocalSpeaker | null;
  attributedRole: string | null;
  sentenceInitial: boolean;
  /** Only spaces come before the opening mark in the paragraph. */
  paragraphInitial: boolean;
  /**
   * Credited by its own sentence, even to someone who could not be told ("he" with no sure antecedent):
   * such a quote is never handed the speaker of a quote nearby.
   */
  own: boolean;
  /** The last person the text named or credited before this quote was read. */
  latestBefore: LocalSpeaker | null;
  /** How the speaker was found (`DocumentSpeakers.lastPath`), for `attributionPaths`. */
  path?: string;
  /** The "he" or "she" its own sentence credits it to, when no one could be told from it. */
  untoldPronoun?: 'he' | 'she';
  /**
   * The one a sentence says habitually calls something by the quoted name (`naming-habit.ts`): the name is no
   * one's words, but the one who uses it is still the voice of the paragraph for its quotes with no credit.
   */
  namer?: LocalSpeaker | null;
}
