import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { Engine, SNAPSHOT_PARTS, type EngineSnapshot, type RestoredText } from './engine.ts';

/**
 * The engine saved to a file and read back, so a large corpus that has not changed is ready in a moment
 * instead of being analysed again.
 *
 * A snapshot file is a first line `summit-sources-bot snapshot` with a JSON header, then the parts of the
 * engine's plain data (EngineSnapshot), each v8-serialised. The header's key says what the snapshot is valid for: the
 * corpus files (their fingerprint: names, sizes, modification times, inodes), the engine's code and
 * dependencies, and the Node.js version (v8's format may change with it). Any difference and the snapshot is
 * not used: the corpus is built from its files, which is always right, only slower.
 */

const MAGIC = 'summit-sources-bot snapshot';
// Bumped when the layout of EngineSnapshot changes without a change of the code hash noticing it.
const FORMAT = 3;
// The header is read without the rest of the file: a stale snapshot of hundreds of megabytes costs nothing.
const MAX_HEADER = 4096;

interface Header {
  format: number;
  key: string;
  documents: number;
  passages: number;
  savedAt: string;
  /**
   * The parts of the body, in order (SNAPSHOT_PARTS), each v8-serialised on its own, so that saving a
   * large engine can let other work run between parts. The CRC-32 of each: a damaged file must not be read
   * back as a wrong engine.
   */
  parts: { name: string; bytes: number; crc32: number }[];
}

let codeHash: string | undefined;

/**
 * A hash of everything that decides what the engine computes from a corpus: the engine, text and corpus
 * source files and the exact dependency versions (package-lock.json). A snapshot made by other code is stale.
 */
export function engineCodeHash(): string {
  if (codeHash) return codeHash;
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const hash = createHash('sha256');
  for (const folder of ['src/engine', 'src/text', 'src/corpus', 'src/search', 'src/quotes', 'src/timeline', 'src/summary']) {
    for (const name of readdirSync(join(root, folder)).filter((n) => n.endsWith('.ts')).sort()) {
      hash.update(`${folder}/${name}\n`).update(readFileSync(join(root, folder, name)));
    }
  }
  for (const file of ['src/types.ts', 'package-lock.json']) {
    try {
      hash.update(`${file}\n`).update(readFileSync(join(root, file)));
    } catch {
      // An installed copy without a lock file: the package version below still tells releases apart.
    }
  }
  hash.update(readFileSync(join(root, 'package.json')));
  codeHash = hash.digest('hex');
  return codeHash;
}

/** The key a snapshot of a corpus folder must carry to be used: its files, the code and the Node.js version. */
export function snapshotKey(corpusDir: string, fingerprint: string): string {
  return createHash('sha256')
    .update(`format ${FORMAT}\nnode ${process.versions.v8}\ncode ${engineCodeHash()}\ndir ${resolve(corpusDir)}\n`)
    .update(fingerprint)
    .digest('hex');
}

/** The header line, then the parts. */
function assemble(engine: Engine, key: string, parts: Buffer[]): Buffer[] {
  const header: Header = {
    format: FORMAT,
    key,
    documents: engine.documents.length,
    passages: engine.passages.length,
    savedAt: new Date().toISOString(),
    parts: parts.map((b, i) => ({ name: SNAPSHOT_PARTS[i]!, bytes: b.length, crc32: crc32(b) })),
  };
  const head = Buffer.from(`${MAGIC} ${JSON.stringify(header)}\n`, 'utf8');
  if (head.length > MAX_HEADER) throw new Error(`snapshot: the header is ${head.length} bytes, more than ${MAX_HEADER}`);
  return [head, ...parts];
}

/** The engine as snapshot bytes, valid for `key`. */
export function encodeSnapshot(engine: Engine, key: string): Buffer {
  return Buffer.concat(assemble(engine, key, SNAPSHOT_PARTS.map((name) => serialize(engine.snapshotPart(name)))));
}

/**
 * As `encodeSnapshot`, a part at a time, letting other work (a bot's interactions) run between parts: the
 * largest part of a 10,000-article engine holds the thread for a fraction of a second, the whole for seconds.
 * Resolves to the chunks of the file, in order.
 */
export async function encodeSnapshotInTurns(engine: Engine, key: string): Promise<Buffer[]> {
  const parts: Buffer[] = [];
  for (const name of SNAPSHOT_PARTS) {
    await nextTurn();
    parts.push(serialize(engine.snapshotPart(name)));
  }
  await nextTurn();
  return assemble(engine, key, parts);
}

/** Why a snapshot was not used, said in the log. */
export type SnapshotMiss = 'missing' | 'stale' | 'unreadable';

/** The header of snapshot bytes, or why they are not a snapshot. */
function readHeader(head: Buffer): { header: Header; bodyAt: number } | { miss: SnapshotMiss; why: string } {
  const newline = head.indexOf(10);
  const line = head.subarray(0, newline < 0 ? head.length : newline).toString('utf8');
  if (newline < 0 || !line.startsWith(`${MAGIC} `)) return { miss: 'unreadable', why: 'it does not start with a snapshot header' };
  try {
    const header = JSON.parse(line.slice(MAGIC.length + 1)) as Header;
    if (header.format !== FORMAT) return { miss: 'stale', why: `it is in format ${String(header.format)}, this code reads ${FORMAT}` };
    return { header, bodyAt: newline + 1 };
  } catch {
    return { miss: 'unreadable', why: 'its header is not valid JSON' };
  }
}

type Loaded = { engine: Engine } | { miss: SnapshotMiss; why: string };

const cutShort = (part: string): { miss: SnapshotMiss; why: string } => ({ miss: 'unreadable', why: `it is cut short (in its ${part} part)` });
const damaged = (part: string): { miss: SnapshotMiss; why: string } => ({ miss: 'unreadable', why: `it is damaged (the checksum of its ${part} part does not match)` });

/** Why a snapshot with this header is not for `key` or not for this code; null when it may be read. */
function refuse(header: Header, key: string): { miss: SnapshotMiss; why: string } | null {
  if (header.key !== key) return { miss: 'stale', why: 'the corpus files, the code or Node.js changed since it was saved' };
  const names = Array.isArray(header.parts) ? header.parts.map((p) => p.name).join(',') : undefined;
  if (names !== SNAPSHOT_PARTS.join(',')) return { miss: 'unreadable', why: `its parts are ${names ?? 'not listed'}, this code reads ${SNAPSHOT_PARTS.join(',')}` };
  return null;
}

/**
 * One part read back from its bytes (typed arrays in it are views on them, not copies). The reading's tokens
 * are read back when first used (their checksum is checked now): no answer needs them after a start.
 */
function readBack(name: string, body: Buffer): { value: unknown } | { miss: SnapshotMiss; why: string } {
  if (name === 'reading') return { value: (): unknown => deserialize(body) };
  try {
    return { value: deserialize(body) };
  } catch (err) {
    return { miss: 'unreadable', why: `its ${name} part could not be read back (${err instanceof Error ? err.message : String(err)})` };
  }
}

/** The engine from every part read back (and its documents and passages, when already made). */
function finish(data: Record<string, unknown>, text?: RestoredText): Loaded {
  try {
    const snapshot = data as unknown as EngineSnapshot;
    return { engine: Engine.fromSnapshotParts(text ?? Engine.restoreText(snapshot), snapshot) };
  } catch (err) {
    return { miss: 'unreadable', why: `it could not be read back (${err instanceof Error ? err.message : String(err)})` };
  }
}

/**
 * The engine from a snapshot's header and its parts, each part read by `readPart` (given its place and
 * length; it returns fewer bytes when the file ends first). Throws nothing.
 */
function decodeParts(head: Buffer, key: string, readPart: (at: number, length: number) => Buffer): Loaded {
  const parsed = readHeader(head);
  if ('miss' in parsed) return parsed;
  const { header, bodyAt } = parsed;
  const refused = refuse(header, key);
  if (refused) return refused;
  const data: Record<string, unknown> = {};
  let at = bodyAt;
  for (const part of header.parts) {
    let body: Buffer;
    try {
      body = readPart(at, part.bytes);
    } catch (err) {
      return { miss: 'unreadable', why: `it could not be read (${err instanceof Error ? err.message : String(err)})` };
    }
    at += part.bytes;
    if (body.length !== part.bytes) return cutShort(part.name);
    if (crc32(body) !== part.crc32) return damaged(part.name);
    const value = readBack(part.name, body);
    if ('miss' in value) return value;
    data[part.name] = value.value;
  }
  return finish(data);
}

/** The engine in snapshot bytes when they carry `key`; otherwise why not. Throws nothing. */
export function decodeSnapshot(bytes: Buffer, key: string): Loaded {
  return decodeParts(bytes.subarray(0, MAX_HEADER), key, (at, length) => bytes.subarray(at, at + length));
}

/**
 * The engine saved in `file` when it carries `key`; otherwise why not (no file, another corpus or code, a
 * damaged file). Only the header is read from a stale file. Each part is read into a buffer of its own:
 * the typed arrays v8 reads back are views on it, not copies.
 */
export function loadSnapshot(file: string, key: string): Loaded {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return { miss: 'missing', why: `there is no snapshot at ${file}` };
  }
  try {
    const head = Buffer.alloc(MAX_HEADER);
    const n = readSync(fd, head, 0, MAX_HEADER, 0);
    return decodeParts(head.subarray(0, n), key, (at, length) => {
      const buffer = Buffer.allocUnsafe(length);
      let got = 0;
      while (got < length) {
        const read = readSync(fd, buffer, got, length - got, at + got);
        if (read === 0) break;
        got += read;
      }
      return buffer.subarray(0, got);
    });
  } finally {
    closeSync(fd);
  }
}

// The reader thread of `loadSnapshotInParallel`: plain JavaScript, so it starts in a few milliseconds without
// a TypeScript loader. It reads each part into a buffer of its own, checks its CRC-32, and moves the buffer
// to the main thread (no copy), stopping at the first part that is short or damaged.
const READER = `
const { parentPort, workerData } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { crc32 } = require('node:zlib');
const { file, parts, bodyAt } = workerData;
let fd;
try {
  fd = openSync(file, 'r');
  let at = bodyAt;
  for (let i = 0; i < parts.length; i++) {
    const bytes = new Uint8Array(new ArrayBuffer(parts[i].bytes));
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, at + got);
      if (n === 0) break;
      got += n;
    }
    at += parts[i].bytes;
    const sound = got === bytes.length && crc32(bytes) === parts[i].crc32;
    parentPort.postMessage({ i, got, sound, buffer: bytes.buffer }, [bytes.buffer]);
    if (!sound) break;
  }
} catch (err) {
  parentPort.postMessage({ error: String(err && err.message || err) });
} finally {
  if (fd !== undefined) closeSync(fd);
}
`;

/**
 * As `loadSnapshot`, reading and checking the parts on a second thread while this one works out the key
 * (`keyOf`, called once the reading has started: it lists the corpus files) and reads back the parts
 * already checked. A 10,000-article snapshot is about 200 MB: reading and checking it take as long as
 * reading it back, so the two overlap.
 */
export async function loadSnapshotInParallel(file: string, keyOf: () => string): Promise<Loaded> {
  let head: Buffer;
  try {
    const fd = openSync(file, 'r');
    try {
      const bytes = Buffer.alloc(MAX_HEADER);
      head = bytes.subarray(0, readSync(fd, bytes, 0, MAX_HEADER, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return { miss: 'missing', why: `there is no snapshot at ${file}` };
  }
  const parsed = readHeader(head);
  if ('miss' in parsed) return parsed;
  const parts = Array.isArray(parsed.header.parts) ? parsed.header.parts : [];
  type Message = { i: number; got: number; sound: boolean; buffer: ArrayBuffer } | { error: string };
  const arrived: Message[] = [];
  let wake: (() => void) | null = null;
  const reader = new Worker(READER, { eval: true, workerData: { file, parts, bodyAt: parsed.bodyAt } });
  reader.on('message', (m: Message) => {
    arrived.push(m);
    wake?.();
  });
  reader.on('error', (err) => {
    arrived.push({ error: err.message });
    wake?.();
  });
  reader.on('exit', () => {
    arrived.push({ error: 'the reader thread stopped early' });
    wake?.();
  });
  const next = async (): Promise<Message> => {
    while (arrived.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
    return arrived.shift()!;
  };
  try {
    const key = keyOf();
    const refused = refuse(parsed.header, key);
    if (refused) return refused;
    // Each part is read back as soon as the reader has checked it, and the documents and passages are
    // made as soon as their parts are in, while the reader is still busy with the rest.
    const data: Record<string, unknown> = {};
    let text: RestoredText | undefined;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const m = await next();
      if ('error' in m) return { miss: 'unreadable', why: `it could not be read (${m.error})` };
      if (!m.sound) {
        return m.got < part.bytes ? cutShort(part.name) : damaged(part.name);
      }
      const value = readBack(part.name, Buffer.from(m.buffer));
      if ('miss' in value) return value;
      data[part.name] = value.value;
      if (part.name === 'sentences') {
        try {
          text = Engine.restoreText(data as unknown as EngineSnapshot);
        } catch (err) {
          return { miss: 'unreadable', why: `it could not be read back (${err instanceof Error ? err.message : String(err)})` };
        }
      }
    }
    return finish(data, text);
  } finally {
    void reader.terminate();
  }
}

/**
 * Saves the engine to `file` for `key`, atomically: a reader sees the old snapshot or the new one, never
 * half a file (a temporary file is written, then renamed over it). Returns the size in bytes.
 */
export function saveSnapshot(file: string, engine: Engine, key: string): number {
  const bytes = encodeSnapshot(engine, key);
  replaceFile(file, (temporary) => {
    const fd = openSync(temporary, 'w');
    try {
      writeFileSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  });
  return bytes.length;
}

/** As `saveSnapshot`, a part at a time (see encodeSnapshotInTurns), for a process that is serving. */
export async function saveSnapshotInTurns(file: string, engine: Engine, key: string): Promise<number> {
  const chunks = await encodeSnapshotInTurns(engine, key);
  await replaceFile(file, async (temporary) => {
    const handle = await open(temporary, 'w');
    try {
      for (const chunk of chunks) await handle.write(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
  return chunks.reduce((n, c) => n + c.length, 0);
}

/**
 * Writes a temporary file beside `file` with `write` (which flushes it to the disk, so that a crash can
 * leave the old snapshot or the new one but never an empty file under the name), then renames it over
 * `file`; removes it on failure.
 */
function replaceFile<R extends void | Promise<void>>(file: string, write: (temporary: string) => R): R {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fail = (err: unknown): never => {
    rmSync(temporary, { force: true });
    throw err;
  };
  try {
    const written = write(temporary);
    if (written instanceof Promise) return written.then(() => renameSync(temporary, file), fail) as R;
    renameSync(temporary, file);
    return written;
  } catch (err) {
    return fail(err);
  }
}
