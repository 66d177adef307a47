import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths whose values are replaced in every log line, so the token never reaches a log. */
const REDACT = [
  'token',
  '*.token',
  'discordToken',
  '*.discordToken',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  'Authorization',
  '*.authorization',
  '*.Authorization',
  'headers.authorization',
  'headers.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
];

/**
 * Replaces every occurrence of the secret in a serialized log line. The line is JSON, so the secret may
 * stand in it escaped (a `"` or `\` in the token becomes `\"` or `\\`) or URL-encoded (in a logged address):
 * each form is replaced, longest first so that no form leaves part of another behind.
 */
export function scrubSecret(line: string, secret: string | undefined): string {
  if (!secret) return line;
  const forms = secretForms(secret);
  if (!forms.some((f) => line.includes(f))) return line;
  // A JSON line is scrubbed value by value: replacing text inside an escaped string could cut an escape
  // sequence in half ("\\" before the token) and leave a line that is no longer JSON.
  try {
    const newline = line.endsWith('\n') ? '\n' : '';
    return JSON.stringify(scrubValue(JSON.parse(line), forms)) + newline;
  } catch {
    return scrubText(line, forms);
  }
}

/** The token as it may appear: raw, JSON-escaped, escaped twice (JSON inside a string), URL-encoded. */
function secretForms(secret: string): string[] {
  const once = JSON.stringify(secret).slice(1, -1);
  return [...new Set([secret, once, JSON.stringify(once).slice(1, -1), encodeURIComponent(secret)])]
    .filter((f) => f.length > 0)
    .sort((a, b) => b.length - a.length);
}

function scrubText(text: string, forms: string[]): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join('[REDACTED]');
  return out;
}

function scrubValue(value: unknown, forms: string[]): unknown {
  if (typeof value === 'string') return scrubText(value, forms);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, forms));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [scrubText(k, forms), scrubValue(v, forms)]));
  }
  return value;
}

/**
 * The bot's logger: JSON lines to stdout for the bot, pretty to stderr for the console and CLI (whose
 * stdout belongs to the user). Any string that contains the token is scrubbed as well.
 */
export function createLogger(options: { level?: string; pretty?: boolean; token?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const secret = options.token?.trim() || undefined;
  const scrub = (s: string): string => scrubSecret(s, secret);
  const destination = options.destination ?? (options.pretty ? process.stderr : process.stdout);
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: REDACT, censor: '[REDACTED]' },
      hooks: {
        streamWrite: scrub,
      },
    },
    options.pretty ? prettyStream(destination) : (destination as pino.DestinationStream),
  );
}

function prettyStream(destination: NodeJS.WritableStream): pino.DestinationStream {
  // A plain, readable line for people at a terminal; pino-pretty's worker thread is not worth it here.
  return {
    write(line: string) {
      try {
        const o = JSON.parse(line) as { level: number; msg?: string; err?: { message?: string } };
        const name = pino.levels.labels[o.level] ?? 'log';
        destination.write(`[${name}] ${o.msg ?? ''}${o.err?.message ? `: ${o.err.message}` : ''}\n`);
      } catch {
        destination.write(line);
      }
    },
  };
}
