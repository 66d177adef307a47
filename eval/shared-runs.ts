/**
 * Runs of words two texts share: the check that the repository holds no third-party evaluation text (PolNeAR's
 * licence is not stated, so not even a sentence of it may be committed; see `eval/third-party-text.ts`).
 */

/** The lowercase words of a text, apostrophes kept inside words and curly ones made straight. */
export function runWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/gu, "'").match(/[a-z0-9']+/gu) ?? [];
}

/** Every run of `n` consecutive words of `text`, each joined by one space. */
export function wordRuns(text: string, n: number): Set<string> {
  if (!Number.isInteger(n) || n < 1) throw new Error(`wordRuns: n must be a positive integer, got ${n}`);
  const words = runWords(text);
  const runs = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) runs.add(words.slice(i, i + n).join(' '));
  return runs;
}

/** The first run of `n` words of `line` that `known` holds, or null. */
export function sharedRun(line: string, known: ReadonlySet<string>, n: number): string | null {
  const words = runWords(line);
  for (let i = 0; i + n <= words.length; i++) {
    const run = words.slice(i, i + n).join(' ');
    if (known.has(run)) return run;
  }
  return null;
}
