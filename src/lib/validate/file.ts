import type { Problem } from './problems.ts';

/** One article file as read from disk, or why it could not be read. */
export interface LoadedFile {
  file: string;
  /** Folder path of the article (its parent groups included). */
  folder: string;
  slug: string;
  locale: string;
  /** .md or .mdx */
  ext?: string;
  data?: Record<string, unknown>;
  body?: string;
  lines?: Record<string, number>;
  bodyLine?: number;
  /** Set when the file could not be read or parsed; the problem is already located. */
  unreadable?: Problem;
}

/** A message from the catalogue: what is wrong and what to do. */
export type Message = { message: string; fix: string };

/**
 * A problem reporter for one file that places a field's problem on the field's line:
 * reporter(f, out)('province', MESSAGES.x) → { file, line: lines.province, field: 'province', … }.
 */
export function reporter(f: Pick<LoadedFile, 'file' | 'lines'>, out: Problem[]) {
  return (field: string, m: Message, severity: Problem['severity'] = 'error', line = f.lines?.[field] ?? 1) => {
    out.push({ file: f.file, line, field, severity, ...m });
  };
}
