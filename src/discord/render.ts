/**
 * Engine answers → Discord messages. The only module that knows Discord's limits, flags and allowed
 * mentions: everything it returns fits every limit by construction, pings nobody, and shows corpus text
 * verbatim (Markdown escaped so it renders literally) with the key sentence in bold and its citation.
 *
 * Its parts live beside it in render/: limits.ts (Discord's limits, flags, allowed mentions, fitting embeds),
 * text.ts (escaping, truncation, bold, citations), message.ts (a message, its pages and buttons), quotes.ts
 * and answers.ts (each kind of answer). Everything else imports from here.
 */
import type { Answer } from '../types.ts';
import { LIMITS, PAGE_SIZE, COLOR } from './render/limits.ts';
import { citationLine, escapeFit } from './render/text.ts';
import { buttons, message } from './render/message.ts';
import { renderQuotes, renderSpeakers, renderWhoSaid } from './render/quotes.ts';
import { renderAsk, renderError, renderHelp, renderIngest, renderRemoved, renderSources, renderSummary, renderTimeline } from './render/answers.ts';

export { LIMITS, NO_MENTIONS, PAGE_SIZE, embedsLength, fitEmbeds, renderChoices, type RenderContext, type RenderedMessage } from './render/limits.ts';
export { CUT, boldWithin, citationLine, escapeFit, escapeText, neutraliseMentions, truncate } from './render/text.ts';
export { renderNote, renderShared } from './render/message.ts';
export { markWithin } from './render/quotes.ts';
import type { RenderContext, RenderedMessage } from './render/limits.ts';

/**
 * Renders any answer as a Discord message within every limit: private (ephemeral) with a Share button,
 * and Previous/Next buttons when the answer has more than one page and `ctx.paging` says how to re-run it.
 */
export function renderAnswer(answer: Answer, ctx: RenderContext = {}): RenderedMessage {
  switch (answer.kind) {
    case 'ask':
      return renderAsk(answer, ctx);
    case 'who-said':
      return renderWhoSaid(answer, ctx);
    case 'quotes':
      return renderQuotes(answer, ctx);
    case 'speakers':
      return renderSpeakers(answer, ctx);
    case 'timeline':
      return renderTimeline(answer, ctx);
    case 'summary':
      return renderSummary(answer, ctx);
    case 'sources':
      return renderSources(answer, ctx);
    case 'help':
      return renderHelp(answer, ctx);
    case 'passage': {
      const cite = citationLine(answer.citation);
      return message(
        [{ title: escapeFit(answer.citation.title, LIMITS.title), description: `${escapeFit(answer.text, LIMITS.description - cite.length - 2)}\n\n${cite}`, color: COLOR }],
        buttons(ctx, null, true),
        true,
      );
    }
    case 'ingest':
      return renderIngest(answer);
    case 'removed':
      return renderRemoved(answer);
    case 'error':
      return renderError(answer);
  }
}

/** How many pages an answer has (1 for answers that do not page). */
export function pageCount(answer: Answer): number {
  const n = answer.kind === 'quotes' ? answer.quotes.length : answer.kind === 'timeline' ? answer.events.length : answer.kind === 'sources' ? answer.documents.length : answer.kind === 'speakers' ? answer.speakers.length : 0;
  return Math.max(1, Math.ceil(n / PAGE_SIZE));
}
