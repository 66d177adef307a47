/**
 * Edits of deferred replies, through a REST client of their own.
 *
 * Discord does not count interaction endpoints (the callback, and the webhook routes the interaction token
 * opens: the original reply and follow-ups) against a bot's global limit of 50 requests a second
 * ("Interaction endpoints are not bound to the bot's Global Rate Limit", developer docs, Rate Limits). The
 * callback route is exempt in discord.js too (its BurstHandler), but an edit goes through a SequentialHandler,
 * which charges the shared global counter: after a burst with a few hundred deferrals the answers trickled
 * out at 50 a second, for seconds after they were ready. Here the edits have a client whose local global
 * budget is unbounded; each token is still its own bucket, whose limits discord.js reads from the response
 * headers and waits out, and a 429 that Discord marks global still stops every edit until its reset. Edits
 * are sent in the order the answers were worked out (the arrival queue's order), so they leave oldest first.
 */
import { REST, Routes, type Interaction } from 'discord.js';
import type { RenderedMessage } from './render.ts';

export interface ReplyEditorOptions {
  /** The REST base address, as the client's (`config.apiUrl`). */
  api: string;
  /** How often to drop the per-token queues left idle (see REST_HANDLER_SWEEP_MS). */
  handlerSweepInterval: number;
}

/** Sends the edit of an interaction's original reply. */
export type ReplyEdit = (i: Interaction, message: RenderedMessage) => Promise<void>;

/** A REST client for interaction-token edits and the edit function over it; `stop` ends its sweep timers. */
export function replyEditor(options: ReplyEditorOptions): { rest: REST; edit: ReplyEdit; stop(): void } {
  const rest = new REST({ api: options.api, handlerSweepInterval: options.handlerSweepInterval, globalRequestsPerSecond: Number.POSITIVE_INFINITY });
  const edit: ReplyEdit = async (i, m) => {
    // The body discord.js would send for editReply: the ephemeral flag stays as the deferral set it.
    const body = { content: m.content ?? '', embeds: m.embeds, components: m.components, allowed_mentions: m.allowed_mentions };
    // The token authorises the route; the bot token is neither needed nor sent.
    await rest.patch(Routes.webhookMessage(i.applicationId, i.token, '@original'), { body, auth: false });
  };
  const stop = (): void => {
    rest.clearHandlerSweeper();
    rest.clearHashSweeper();
  };
  return { rest, edit, stop };
}
