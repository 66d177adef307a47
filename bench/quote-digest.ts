/**
 * `node --import tsx bench/quote-digest.ts <corpus dir>...`: a hash of every quote record (words, speaker, role,
 * kind, place) and of the speaker directory, per corpus folder, so a change meant only for speed can be checked
 * to leave the quote build's output exactly as it was. The extraction's own quotes are hashed too with the rule
 * path that credited each (`paths`), so a speed change that reaches the speaker by another rule shows.
 */
import { createHash } from 'node:crypto';
import { loadCorpus } from '../src/corpus/load.ts';
import { attributionPaths, extractQuotes } from '../src/quotes/extract-quotes.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { buildPassages } from '../src/text/passages.ts';

/** JSON with typed arrays, maps and sets spelt out, so every table of the snapshot counts in the hash. */
function replacer(_key: string, value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (value instanceof Map) return [...value.entries()];
  if (value instanceof Set) return [...value];
  return value;
}

const hash = (x: unknown): string => createHash('sha256').update(JSON.stringify(x, replacer)).digest('hex').slice(0, 16);

const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error('quote-digest: give one or more corpus folders');
for (const dir of dirs) {
  const docs = loadCorpus(dir);
  const passages = buildPassages(docs);
  const book = QuoteBook.build(passages, docs);
  const found = extractQuotes(passages).quotes.map((q) => ({ q, path: attributionPaths.get(q) ?? null }));
  // The snapshot holds the speaker directory and the narration index as well as the quote tables.
  console.log(`${dir}: ${book.quotes.length} quotes ${hash(book.quotes)}, ${book.speakers.length} speakers ${hash(book.speakers)}, snapshot ${hash(book.toSnapshot())}, paths ${hash(found)}`);
}
