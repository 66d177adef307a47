import type { OptionValues } from '../command.ts';
import type { Answer } from '../types.ts';
import { pageCount, renderAnswer, type RenderedMessage } from './render.ts';

/** One page of a command's answer, as a member asked for it (a command, or a page turn of one). */
export interface ReplyRequest {
  command: string;
  options: OptionValues;
  /** Who asked: only they may turn its pages. */
  userId: string;
  page: number;
  /** Page buttons whatever the answer's length: the command pages, or this is a page turn. */
  paged: boolean;
}

/** A reply worked out: the message, and the kind of answer it shows (for the log). */
export interface WorkedReply {
  kind: Answer['kind'];
  message: RenderedMessage;
}

/**
 * The message for one page of an answer, with Previous/Next buttons when it pages. The same on the thread
 * that speaks to Discord and on the answer thread, which sends back only this page: a whole answer (every
 * event of a 10,000-article timeline) would cost more to copy between threads than to work out.
 */
export function renderReply(answer: Answer, request: ReplyRequest): WorkedReply {
  const paging = request.paged || pageCount(answer) > 1 ? { command: request.command, userId: request.userId, options: request.options } : undefined;
  return { kind: answer.kind, message: renderAnswer(answer, { page: request.page, ...(paging ? { paging } : {}) }) };
}
