/**
 * Command-line flags for the evaluation and benchmark scripts, read with Node's parseArgs but with a friendly
 * answer to a mistyped flag or `--help`: the script's usage line and exit code 2 (or 0 for help), not a stack.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What parseArgs would return for these options (values only). */
export type FlagValues<O extends Options> = ReturnType<typeof parseArgs<{ options: O }>>['values'];

/**
 * The flags given to `script`, read against `options`. On `--help` the usage is printed and the process ends
 * with 0; on an unknown flag or a missing value, the problem and the usage are printed and it ends with 2.
 */
export function readFlags<O extends Options>(script: string, usage: string, options: O, args: string[] = process.argv.slice(2)): FlagValues<O> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  try {
    return parseArgs({ options, args }).values as FlagValues<O>;
  } catch (e) {
    // parseArgs's messages name the flag ("Unknown option '--x'"); the advice after them is for its API.
    const message = (e instanceof Error ? e.message : String(e)).split('. To specify')[0];
    console.error(`${script}: ${message}\nusage: ${usage}`);
    process.exit(2);
  }
}
