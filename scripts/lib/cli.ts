// Shared plumbing of the editor commands: French argument errors, exit codes, help.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Exit codes: 0 done, 1 the content or the input has problems, 2 the command was mistyped. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A mistake in the command line itself: printed with a pointer to --help. */
export class UsageError extends Error {}

/** Parses options and positionals, turning Node's English errors into French ones. */
export function parseCommandLine<T extends ParseArgsOptionsConfig>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(frenchArgumentError(error as Error & { code?: string }));
  }
}

function frenchArgumentError(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `option inconnue : ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `l’option ${option} attend une valeur`;
    default:
      return error.message;
  }
}

/** Reads a choice option, refusing values outside `allowed`. */
export function choice<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`valeur « ${value} » invalide pour ${option} ; attendu : ${allowed.join(', ')}`);
}

/** Runs a command's main function and sets the exit code; usage errors point to --help. */
export async function runCommand(name: string, main: () => number | Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`Erreur : ${error.message}\nAide : npm run ${name} -- --help`);
      process.exitCode = EXIT.usage;
    } else {
      console.error(`Erreur inattendue : ${(error as Error).stack ?? String(error)}`);
      process.exitCode = EXIT.problems;
    }
  }
}

/** "1,2 s" or "350 ms", in French. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`;
}
