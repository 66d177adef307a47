/**
 * A paragraph that ends on a sentence of its own narration: 'Ana Roe called the plan "a mess." Ivo Vell said the
 * plan was simple.' The next paragraph's first quote reads that last sentence as the sentence before it, as a quote
 * later in the same paragraph would, whatever quotes the paragraph held earlier.
 */
import type { Passage } from '../types.ts';
import type { QuoteSpan } from './attribution.ts';

/**
 * Whether the last sentence of paragraph `p` holds no quotation (none of `spans`, the paragraph's quotes, reaches
 * into it) and every quote of the paragraph was closed: the sentence is the writer's alone, and the paragraph does
 * not run on into the next one inside a quote.
 */
export function lastSentenceQuoteFree(p: Passage, spans: readonly QuoteSpan[]): boolean {
  const last = p.sentences[p.sentences.length - 1];
  if (!last || spans.some((s) => !s.closed)) return false;
  // (A sentence the splitter joined to a quote before it begins inside it: that quote reaches into it.)
  if (spans.some((s) => s.close >= last.start && s.open < last.end)) return false;
  // (Nor the credit of a quote that closed on its own stop, '"Did you ask them why?" Okonjo pressed.', which the
  // splitter cut from it: the narration after the last quote must end a sentence of its own before the last one.)
  const lastQuote = spans[spans.length - 1];
  return !lastQuote || /[.!?]/u.test(p.text.slice(lastQuote.close + 1, last.start));
}
