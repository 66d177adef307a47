import { Writable } from 'node:stream';
import { createLogger } from '../../src/log.ts';

/** A logger at debug level that keeps its JSON lines in memory, for tests to read. */
export function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });
  return { logger: createLogger({ destination, level: 'debug' }), lines };
}
