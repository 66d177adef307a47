/**
 * A first-person scene's exchange of bare lines: after the writer's own line of dialogue ('"...," I said.'), a
 * paragraph that is nothing but a quote is the other party answering, not the writer going on; the bare line after
 * that answer is the writer's turn again.
 */
import type { LocalSpeaker } from './document-speakers.ts';
import type { QuoteRecord } from './quote-record.ts';

/** Whose turn the next bare line of a first-person exchange is, as the paragraphs so far leave it. */
export interface WriterTurn {
  /** The writer (the byline's "I"). */
  writer: LocalSpeaker;
  /** Who spoke the paragraph before: the writer, or the other party (left unnamed). */
  last: 'writer' | 'other';
}

/** Whether the paragraph is one bare line of dialogue: a single whole quote, nothing before or after it. */
function bareLine(text: string, para: readonly QuoteRecord[]): QuoteRecord | null {
  const r = para.length === 1 ? para[0]! : null;
  if (!r || r.local || r.own || !r.paragraphInitial || !r.quote.speech || r.quote.partial) return null;
  return text.slice(r.span.close + 1).trim() === '' ? r : null;
}

/**
 * Gives the paragraph's bare line its turn in a first-person exchange (before continuations are read): after the
 * writer's line it is the other party's (left unattributed, credited so that no continuation hands it the writer:
 * a writer going on with their own words does so in the same paragraph, and a new paragraph of bare quotation in a
 * scene is the next speaker), after the other party's it is the writer's again. Returns the bare line it settled.
 */
export function settleWriterTurn(text: string, para: QuoteRecord[], turn: WriterTurn | null): QuoteRecord | null {
  const r = turn ? bareLine(text, para) : null;
  if (!r || !turn) return null;
  if (turn.last === 'writer') {
    r.own = true;
    r.path = 'writer exchange: the other party answers';
  } else {
    r.local = turn.writer;
    r.path = 'writer exchange: the writer again';
  }
  return r;
}

/**
 * The exchange's state after a paragraph: the writer's turn when the paragraph is only the writer's quotes and
 * their "I" credit ('"...," I said. "..."', nothing of the writer's narration after them), or the bare line
 * `settleWriterTurn` gave a turn; else no exchange goes on.
 */
export function nextWriterTurn(text: string, para: readonly QuoteRecord[], settled: QuoteRecord | null, turn: WriterTurn | null): WriterTurn | null {
  if (settled && turn) return { writer: turn.writer, last: turn.last === 'writer' ? 'other' : 'writer' };
  const credit = para.find((r) => r.own && r.local && r.path?.startsWith('writer: byline'));
  if (!credit || !para[0]?.paragraphInitial) return null;
  if (!para.every((r) => r.local === credit.local && r.quote.speech && !r.quote.partial)) return null;
  const last = para[para.length - 1]!;
  if (text.slice(last.span.close + 1).trim() !== '' && last !== credit) return null;
  // The credit's sentence must end the paragraph with nothing but the credit ('"...," I said.'), not narration.
  if (last === credit && /[,;]|\band\b/u.test(text.slice(last.span.close + 1).replace(/^[,\s]+/u, ''))) return null;
  return { writer: credit.local!, last: 'writer' };
}
