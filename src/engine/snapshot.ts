import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { Engine, type EngineSnapshot } from './engine.ts';

/**
 * The engine saved to a file and read back, so a large corpus that has not changed is ready in a moment
 * instead of being analysed again.
 *
 * A snapshot file is a first line `summit-sources-bot snapshot` with a JSON header, then the engine as
 * v8-serialised plain data (EngineSnapshot). The header's key says what the snapshot is valid for: the
 * corpus files (their fingerprint: names, sizes, modification times, inodes), the engine's code and
 * dependencies, and the Node.js version (v8's format may change with it). Any difference and the snapshot is
 * not used: the corpus is built from its files, which is always right, only slower.
 */

const MAGIC = 'summit-sources-bot snapshot';
// Bumped when the layout of EngineSnapshot changes without a change of the code hash noticing it.
const FORMAT = 1;
// The header is read without the rest of the file: a stale snapshot of hundreds of megabytes costs nothing.
const MAX_HEADER = 4096;

interface Header {
  format: number;
  key: string;
  documents: number;
  passages: number;
  savedAt: string;
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
  for (const folder of ['src/engine', 'src/text', 'src/corpus']) {
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

/** The engine as snapshot bytes, valid for `key`. */
export function encodeSnapshot(engine: Engine, key: string): Buffer {
  const header: Header = {
    format: FORMAT,
    key,
    documents: engine.documents.length,
    passages: engine.passages.length,
    savedAt: new Date().toISOString(),
  };
  const head = Buffer.from(`${MAGIC} ${JSON.stringify(header)}\n`, 'utf8');
  if (head.length > MAX_HEADER) throw new Error(`snapshot: the header is ${head.length} bytes, more than ${MAX_HEADER}`);
  return Buffer.concat([head, serialize(engine.toSnapshot() satisfies EngineSnapshot)]);
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

/** The engine in snapshot bytes when they carry `key`; otherwise why not. Throws nothing. */
export function decodeSnapshot(bytes: Buffer, key: string): { engine: Engine } | { miss: SnapshotMiss; why: string } {
  const head = readHeader(bytes.subarray(0, MAX_HEADER));
  if ('miss' in head) return head;
  if (head.header.key !== key) return { miss: 'stale', why: 'the corpus files, the code or Node.js changed since it was saved' };
  try {
    return { engine: Engine.fromSnapshot(deserialize(bytes.subarray(head.bodyAt)) as EngineSnapshot) };
  } catch (err) {
    return { miss: 'unreadable', why: `it could not be read back (${err instanceof Error ? err.message : String(err)})` };
  }
}

/**
 * The engine saved in `file` when it carries `key`; otherwise why not (no file, another corpus or code, a
 * damaged file). Only the header is read from a stale file.
 */
export function loadSnapshot(file: string, key: string): { engine: Engine } | { miss: SnapshotMiss; why: string } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return { miss: 'missing', why: `there is no snapshot at ${file}` };
  }
  try {
    const head = Buffer.alloc(MAX_HEADER);
    const n = readSync(fd, head, 0, MAX_HEADER, 0);
    const parsed = readHeader(head.subarray(0, n));
    if ('miss' in parsed) return parsed;
    if (parsed.header.key !== key) return { miss: 'stale', why: 'the corpus files, the code or Node.js changed since it was saved' };
  } finally {
    closeSync(fd);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { miss: 'unreadable', why: `it could not be read (${err instanceof Error ? err.message : String(err)})` };
  }
  return decodeSnapshot(bytes, key);
}

/**
 * Saves the engine to `file` for `key`, atomically: a reader sees the old snapshot or the new one, never
 * half a file (a temporary file is written, then renamed over it). Returns the size in bytes.
 */
export function saveSnapshot(file: string, engine: Engine, key: string): number {
  const bytes = encodeSnapshot(engine, key);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw err;
  }
  return bytes.length;
}
