// This module imports nothing, so an entry point can run it before the imports that need a recent Node.

/**
 * The oldest Node.js the code runs on: `crc32` from node:zlib (the snapshot's checksums) came in 20.15;
 * `import.meta.dirname` (the tests) in 20.11. package.json's `engines` says the same.
 */
export const MIN_NODE = '20.15.0';

function parts(version: string): number[] {
  return version.replace(/^v/, '').split('.').map((p) => Number.parseInt(p, 10) || 0);
}

/** Why this Node.js is too old to run the bot, or null when it is recent enough. */
export function nodeTooOld(version: string = process.versions.node): string | null {
  const have = parts(version);
  const need = parts(MIN_NODE);
  for (let i = 0; i < need.length; i++) {
    const h = have[i] ?? 0;
    if (h !== need[i]) {
      if (h > need[i]!) return null;
      return `This program needs Node.js ${MIN_NODE} or newer; this is Node.js ${version.replace(/^v/, '')}. Please install a newer Node.js (https://nodejs.org) and try again.`;
    }
  }
  return null;
}

/**
 * Stops the process with a clear message (exit 1) on a Node.js older than MIN_NODE. Entry points call it
 * before importing the rest, which would otherwise fail on an import with a message about a missing export.
 */
export function requireNode(): void {
  const problem = nodeTooOld();
  if (problem === null) return;
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
