import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths whose values are replaced in every log line, so the token never reaches a log. */
const REDACT = ['token', '*.token', 'config.discordToken', 'discordToken', 'headers.authorization', '*.headers.authorization'];

/**
 * The bot's logger: JSON lines to stdout for the bot, pretty to stderr for the console and CLI (whose
 * stdout belongs to the user). Any string that contains the token is scrubbed as well.
 */
export function createLogger(options: { level?: string; pretty?: boolean; token?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const secret = options.token;
  const scrub = (s: string): string => (secret && s.includes(secret) ? s.split(secret).join('[REDACTED]') : s);
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
