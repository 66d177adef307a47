import { defineConfig } from 'vitest/config';

// Test files that touch the process itself (spawn children or worker threads, run fake Discord servers, mock
// node modules, set process.env or process handlers) each run in a fresh forked process, as every file once did.
const ISOLATED = [
  'tests/answer-thread.test.ts',
  'tests/cli.test.ts',
  'tests/config.test.ts',
  'tests/console.test.ts',
  'tests/corpus-command.test.ts',
  'tests/discord*.test.ts',
  'tests/ingest-kill.test.ts',
  'tests/node-version.test.ts',
  'tests/parallel.test.ts',
  'tests/process.test.ts',
  'tests/speakers-import.test.ts',
  'tests/watch.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    setupFiles: ['tests/setup/fast-check.ts'],
    poolOptions: {
      forks: { isolate: true },
      // The engine's own tests are pure functions of the text they are given: they share each worker's loaded
      // modules (the tagger, the lexicons, WordNet) instead of loading them again for every one of 340 files.
      threads: { isolate: false },
    },
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED, pool: 'forks', sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'engine', include: ['tests/**/*.test.ts'], exclude: ISOLATED, pool: 'threads', sequence: { groupOrder: 1 } } },
    ],
  },
});
