import { Agent } from 'undici';
import { allowPrivateFromEnv, checkPublicHost, guardedLookup } from './address.ts';
import { IngestError } from './ingest-error.ts';

/** How the bot introduces itself to the sites it reads: a name and why it came. */
export const USER_AGENT = 'summit-sources-bot/0.1 (a Discord bot that cites news articles; fetches one page when a server admin adds it)';

export interface FetchLimits {
  /** The whole fetch, redirects and body included (default 10 s). */
  timeoutMs?: number;
  /** Largest body accepted (default 5 MB). */
  maxBytes?: number;
  /** Most redirects followed (default 5). */
  maxRedirects?: number;
  /** Allow loopback, private and link-local addresses (default: INGEST_ALLOW_PRIVATE=1). */
  allowPrivate?: boolean;
  /** Why an address is refused, null when it is not (default nonPublicReason; tests narrow it). */
  refuse?: (address: string) => string | null;
}

export const DEFAULT_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

/** A fetched page: where it ended up after redirects, and its HTML. */
export interface FetchedPage {
  url: string;
  html: string;
}

/** The address as given, if it is an http(s) URL; IngestError('bad_url') otherwise. */
export function parsePageUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new IngestError('bad_url', `"${input.trim().slice(0, 200)}" is not a web address; give one starting with https://`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError('bad_url', `Only http and https pages can be added, not ${url.protocol.replace(/:$/, '')} addresses.`);
  }
  if (url.username || url.password) throw new IngestError('bad_url', 'Addresses with a user name or password in them are not fetched.');
  return url;
}

function isHtml(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'text/html' || type === 'application/xhtml+xml';
}

/**
 * The page's text: in the charset its Content-Type names, else the one a <meta> near the top names (many
 * sites say it only there), else UTF-8; a charset TextDecoder does not know counts as unnamed.
 */
function decodePage(body: Uint8Array, contentType: string | null): string {
  const named = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(body.subarray(0, 4096));
  const inMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  for (const label of [named, inMeta]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(body);
    } catch {
      // Unknown label: try the next.
    }
  }
  return new TextDecoder('utf-8').decode(body);
}

/** Reads the body, stopping (and refusing) as soon as it passes `maxBytes`. */
async function readLimited(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new IngestError('too_big', `Refused ${url}: the page is ${declared} bytes, more than the ${maxBytes} bytes allowed.`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new IngestError('too_big', `Refused ${url}: the page is more than the ${maxBytes} bytes allowed.`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Fetches a web page with Node's fetch for ingesting: http(s) only, every hop's host resolved and refused
 * unless public (redirects are followed here, one at a time, so each target is checked before it is
 * asked), at most `maxRedirects` redirects, `text/html` only, at most `maxBytes`, all within `timeoutMs`.
 * Every refusal is an IngestError saying why.
 */
export async function fetchPage(input: string, limits: FetchLimits = {}): Promise<FetchedPage> {
  const timeoutMs = limits.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  const maxBytes = limits.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const maxRedirects = limits.maxRedirects ?? DEFAULT_LIMITS.maxRedirects;
  const allowPrivate = limits.allowPrivate ?? allowPrivateFromEnv();
  const signal = AbortSignal.timeout(timeoutMs);
  let url = parsePageUrl(input);
  const first = url.href;
  const slow = () => new IngestError('too_slow', `Gave up on ${first}: no complete answer within ${timeoutMs / 1000} s.`);
  // Each connection checks the address it is about to use (the name may resolve differently by then).
  const agent = allowPrivate ? undefined : new Agent({ connect: { lookup: guardedLookup(limits.refuse) } });
  try {
    for (let redirects = 0; ; redirects++) {
      await checkPublicHost(url, allowPrivate, limits.refuse);
      if (signal.aborted) throw slow();
      let response: Response;
      try {
        const init: RequestInit & { dispatcher?: Agent } = {
          redirect: 'manual',
          signal,
          headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml;q=0.9' },
        };
        if (agent) init.dispatcher = agent;
        response = await fetch(url, init as RequestInit);
      } catch (err) {
        if (signal.aborted) throw slow();
        const cause = (err as { cause?: { code?: string; message?: string } }).cause;
        if (cause instanceof IngestError) throw cause;
        throw new IngestError('fetch_failed', `Cannot fetch ${url.href}: ${cause?.code ?? cause?.message ?? (err as Error).message}.`);
      }
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel().catch(() => undefined);
        if (redirects >= maxRedirects) {
          throw new IngestError('too_many_redirects', `Gave up on ${first}: more than ${maxRedirects} redirects.`);
        }
        let next: URL;
        try {
          next = parsePageUrl(new URL(response.headers.get('location')!, url).href);
        } catch (err) {
          throw new IngestError('bad_url', `${url.href} redirects to an address that cannot be fetched: ${(err as Error).message}`);
        }
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new IngestError('http_error', `Cannot fetch ${url.href}: the site answered ${response.status} ${response.statusText}.`.replace(/ \./, '.'));
      }
      const contentType = response.headers.get('content-type');
      if (!isHtml(contentType)) {
        await response.body?.cancel().catch(() => undefined);
        throw new IngestError('not_html', `Refused ${url.href}: it is ${contentType ? `"${contentType.split(';')[0]}"` : 'of no stated type'}, not an HTML page.`);
      }
      const body = await readLimited(response, url.href, maxBytes);
      return { url: url.href, html: decodePage(body, contentType) };
    }
  } catch (err) {
    if (err instanceof IngestError) throw err;
    if (signal.aborted) throw slow();
    throw new IngestError('fetch_failed', `Cannot fetch ${first}: ${(err as Error).message}.`);
  } finally {
    void agent?.destroy().catch(() => undefined);
  }
}
