import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFlags } from '../eval/flags.ts';

const OPTIONS = { split: { type: 'string', default: 'dev' }, errors: { type: 'boolean', default: false } } as const;

describe('readFlags (eval and bench scripts)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the flags given, with defaults for the rest', () => {
    expect(readFlags('eval:x', 'npm run eval:x', OPTIONS, ['--errors'])).toEqual({ split: 'dev', errors: true });
  });

  it('answers an unknown flag with its name and the usage, and exit code 2, not a stack trace', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => readFlags('eval:x', 'npm run eval:x [--split dev]', OPTIONS, ['--splt', 'test'])).toThrow('exit 2');
    expect(exit).toHaveBeenCalledWith(2);
    const printed = String(error.mock.calls[0]?.[0]);
    expect(printed).toContain("eval:x: Unknown option '--splt'");
    expect(printed).toContain('usage: npm run eval:x [--split dev]');
    expect(printed).not.toContain('To specify');
  });

  it('prints the usage on --help and ends with 0', () => {
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(() => readFlags('eval:x', 'npm run eval:x', OPTIONS, ['--help'])).toThrow('exit 0');
    expect(log).toHaveBeenCalledWith('usage: npm run eval:x');
  });
});
