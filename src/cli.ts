// Only the Node.js check is imported statically (types are erased): the command line itself is imported
// after it, so an old Node.js gets a message saying which version is needed instead of a failed import.
import type { CliResult } from './cli/run.ts';
import { requireNode } from './node-version.ts';

/**
 * Runs one command line and returns what to print and the exit status (see src/cli/run.ts). Exported for
 * tests, which run the same code path as the process after argument parsing.
 */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  const { runCli: run } = await import('./cli/run.ts');
  return run(argv, env);
}

// Run only when executed, not when imported by a test.
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/src/cli.ts')) {
  requireNode();
  const { stdout, stderr, status } = await runCli(process.argv.slice(2));
  if (stdout) process.stdout.write(stdout);
  if (stderr) process.stderr.write(stderr);
  process.exitCode = status;
}
