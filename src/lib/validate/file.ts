import type { Problem } from './problems.ts';
import type { ArticleFile } from '../content-files.ts';

export type { ArticleFile } from '../content-files.ts';

/** A message from the catalogue: what is wrong and what to do. */
export type Message = { message: string; fix: string };

/**
 * A problem reporter for one file that places a field's problem on the field's line:
 * reporter(f, out)('province', MESSAGES.x) → { file, line: lines.province, field: 'province', … }.
 */
export function reporter(f: Pick<ArticleFile, 'file' | 'lines'>, out: Problem[]) {
  return (field: string, m: Message, severity: Problem['severity'] = 'error', line = f.lines?.[field] ?? 1) => {
    out.push({ file: f.file, line, field, severity, ...m });
  };
}
