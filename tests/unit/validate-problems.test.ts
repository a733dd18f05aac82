import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems, summarize, type Problem } from '../../src/lib/validate/problems.ts';

const p = (file: string, line: number | undefined, severity: Problem['severity'] = 'error'): Problem => ({
  file,
  line,
  field: 'x',
  severity,
  message: 'm',
  fix: 'f',
});

describe('problem lines', () => {
  it('prints file:line  field  problem  → fix', () => {
    expect(formatProblem({ file: 'a/vi.md', line: 4, field: 'province', severity: 'error', message: 'm', fix: 'f' })).toBe(
      'a/vi.md:4  province  error: m  → f',
    );
    expect(formatProblem({ file: 'a/vi.md', field: 'folder', severity: 'warning', message: 'm', fix: 'f' })).toBe('a/vi.md  folder  warning: m  → f');
  });

  it('sorts by file, then line', () => {
    expect(sortProblems([p('b', 1), p('a', 9), p('a', 2)]).map((x) => `${x.file}:${x.line}`)).toEqual(['a:2', 'a:9', 'b:1']);
  });

  it('counts errors and warnings', () => {
    expect(summarize([p('a', 1, 'warning')], 1)).toBe('0 errors, 1 warning in 1 file');
    expect(summarize([p('a', 1), p('b', 1), p('b', 2, 'warning')], 30)).toBe('2 errors, 1 warning in 30 files');
  });
});
