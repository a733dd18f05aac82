import { shown } from '../content/characters.ts';

/** A problem found in the content, located and explained for the editor who must fix it. */
export interface Problem {
  /** Path of the file, as the editor would type it. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** Front-matter field (or 'file', 'body', 'folder'). */
  field: string;
  severity: 'error' | 'warning';
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** Files first, then lines, so that an editor can walk through them in order. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}

/** One line per problem: `file:line  field  what is wrong  what to do`; control characters shown, never sent to the terminal. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const label = p.severity === 'error' ? 'error' : 'warning';
  return shown(`${where}  ${p.field}  ${label}: ${p.message}  → ${p.fix}`);
}

/**
 * What check (and the build, when it refuses) prints: every problem, then the count.
 * formatReport([], 3, 'check') → 'check: 0 errors, 0 warnings in 3 files'.
 */
export function formatReport(problems: Problem[], files: number, who: string): string {
  const errors = problems.some((p) => p.severity === 'error');
  const tail = errors ? ' — fix the errors above; npm run build refuses to build until then' : '';
  return [...problems.map(formatProblem), `${who}: ${summarize(problems, files)}${tail}`].join('\n');
}

/** The closing count: '2 errors, 1 warning in 34 files'. */
export function summarize(problems: Problem[], files: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  return `${n(errors, 'error')}, ${n(warnings, 'warning')} in ${n(files, 'file')}`;
}
