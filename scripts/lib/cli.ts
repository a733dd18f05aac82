/**
 * What the editor commands share: argument parsing that turns mistakes into one
 * readable line, and the error type CLI entry points turn into an exit code.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import fs from 'node:fs';
import { contentDir } from '../../src/lib/site.ts';
import { LOCALES, isLocale } from '../../src/lib/languages.ts';

/** A mistake in how a command was called or in what it was pointed at (exit code 2). */
export class UsageError extends Error {}

/** Parse arguments; an unknown option or a missing value becomes a UsageError naming it. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The content folder (`CONTENT_DIR` or content/), which must exist. */
export function requireContentDir(): string {
  const dir = contentDir();
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new UsageError(`content folder "${dir}" does not exist${process.env.CONTENT_DIR ? ' (from CONTENT_DIR)' : ''}`);
  }
  return dir;
}

/**
 * A comma-separated list of locale codes, each checked: parseLocales('en,fr', 'vi') → ['en', 'fr'].
 * The source language cannot be a target.
 */
export function parseLocales(value: string, sourceLocale: string): string[] {
  const codes = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (codes.length === 0) throw new UsageError('--lang needs one or more language codes, e.g. --lang en,fr');
  const targets = LOCALES.filter((l) => l !== sourceLocale).join(', ');
  for (const code of codes) {
    if (code === sourceLocale) throw new UsageError(`--lang ${code}: ${code} is the source language; choose among ${targets}`);
    if (!isLocale(code)) throw new UsageError(`--lang ${code}: not a language of this site; choose among ${targets}`);
  }
  return [...new Set(codes)];
}

/**
 * Run a command's main function: a UsageError prints its message and exits 2, anything
 * else prints one line and exits 1; otherwise the returned code is the exit code.
 */
export async function runCli(name: string, main: () => number | Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${name}: ${error.message}\nRun "npm run ${name} -- --help" for the options.`);
      process.exitCode = 2;
    } else {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
}
