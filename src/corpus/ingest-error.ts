/**
 * Why an article could not be added: `bad_input` (missing or wrong fields), `exists` (already in the
 * corpus), `not_found` (no such file), and for web pages `bad_url`, `not_public`, `too_big`, `too_slow`,
 * `not_html`, `too_many_redirects`, `http_error`, `fetch_failed`, `not_article`.
 */
export type IngestErrorCode =
  | 'bad_input'
  | 'exists'
  | 'not_found'
  | 'bad_url'
  | 'not_public'
  | 'too_big'
  | 'too_slow'
  | 'not_html'
  | 'too_many_redirects'
  | 'http_error'
  | 'fetch_failed'
  | 'not_article';

/** An article that cannot be ingested, with a code for the command line's error answer. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}
