import type { Document } from '../../src/types.ts';
import { mulberry32 } from '../../bench/generate.ts';

// Corpora for the search's property tests: past one MaxScore window (2,048 passages) and made of a small
// vocabulary drawn by a Zipf law, so that some words are in most passages, some in a few, and headlines share them.

const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 'vo', 'ru', 'pel', 'dak', 'ni', 'zor', 'ble', 'fa', 'qui', 'ton', 'ga'];

/** Made-up words, so that no stop word or lexicon entry is among them. */
function vocabulary(rng: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(rng() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rng() * SYLLABLES.length)]!;
    words.add(w);
  }
  return [...words];
}

export const WORDS = vocabulary(mulberry32(1), 400);

/** A word by a Zipf law over the vocabulary: the first words are in most passages. */
function zipf(rng: () => number, words: string[]): string {
  const x = rng();
  return words[Math.min(words.length - 1, Math.floor(Math.pow(words.length + 1, x) - 1))]!;
}

/** Documents over the vocabulary, its words ranked for the Zipf law in an order of the seed's. */
export function corpus(seed: number, docCount: number): Document[] {
  const rng = mulberry32(seed);
  const words = WORDS.slice();
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  const sentence = (): string => {
    const n = 4 + Math.floor(rng() * 12);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(zipf(rng, words));
    return `${out.join(' ')}.`;
  };
  const docs: Document[] = [];
  for (let d = 0; d < docCount; d++) {
    const paragraphs: string[] = [];
    const n = 16 + Math.floor(rng() * 16);
    for (let p = 0; p < n; p++) paragraphs.push(Array.from({ length: 1 + Math.floor(rng() * 3) }, sentence).join(' '));
    const title = Array.from({ length: 3 + Math.floor(rng() * 5) }, () => zipf(rng, words)).join(' ');
    docs.push({ id: `doc-${d}`, file: `doc-${d}.md`, title, outlet: `Outlet ${d % 7}`, published: `2023-09-${String(1 + (d % 28)).padStart(2, '0')}`, url: null, language: 'en', paragraphs });
  }
  return docs;
}
