/**
 * All the git the editor tools use, in one place: whether there is a repository and a
 * full history, one `git log` over the articles, past texts of files, diffs, the user's
 * name. Everything returns plain data; deciding what it means is src/lib/translation-status.
 */
import { spawnSync } from 'node:child_process';
import type { Commit } from './translation-status/history.ts';

export type Repo = { kind: 'repo'; top: string; shallow: boolean } | { kind: 'none'; detail: string };

const BIG = 1024 * 1024 * 1024;

function git(cwd: string, args: string[], input?: string) {
  return spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, input, maxBuffer: BIG });
}

/** The repository a folder is in, and whether its history is shallow (e.g. a CI checkout with --depth 1). */
export function openRepo(dir: string): Repo {
  const r = git(dir, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
  if (r.error) return { kind: 'none', detail: 'git is not installed' };
  if (r.status !== 0) return { kind: 'none', detail: r.stderr.toString().trim().split('\n')[0] || 'not a git repository' };
  const [top, shallow] = r.stdout.toString().trim().split('\n');
  return { kind: 'repo', top, shallow: shallow === 'true' };
}

/**
 * Every commit reachable from HEAD that touched `pathspec` (relative to the top),
 * newest first, with the files each touched: one process for the whole content.
 * A repository without commits yet gives an empty list.
 */
export function readLog(top: string, pathspec: string): Commit[] {
  const r = git(top, ['log', '-z', '--no-renames', '--name-only', '--format=%x1e%H%x1f%cI%x1f%B%x1f', '--', pathspec || '.']);
  if (r.status !== 0) {
    const message = r.stderr.toString();
    if (/does not have any commits|bad default revision/.test(message)) return [];
    throw new Error(`git log failed: ${message.trim()}`);
  }
  const commits: Commit[] = [];
  for (const record of r.stdout.toString('utf8').split('\x1e')) {
    if (!record) continue;
    const [hash, date, message, names = ''] = record.split('\x1f');
    const files = names
      .split('\0')
      .map((n) => n.replace(/^\n/, ''))
      .filter(Boolean);
    commits.push({ hash, date: new Date(date), message, files });
  }
  return commits;
}

/**
 * Texts of files at commits (`<hash>:<path>` → text, or undefined where the file did
 * not exist), read through one `git cat-file --batch`.
 */
export function readBlobs(top: string, specs: string[]): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  if (specs.length === 0) return out;
  const r = git(top, ['cat-file', '--batch'], specs.map((s) => `${s}\n`).join(''));
  if (r.status !== 0) throw new Error(`git cat-file failed: ${r.stderr.toString().trim()}`);
  const buf = r.stdout;
  let pos = 0;
  for (const spec of specs) {
    const eol = buf.indexOf(10, pos);
    const header = buf.subarray(pos, eol).toString('utf8');
    pos = eol + 1;
    const m = /^\S+ (\S+) (\d+)$/.exec(header);
    if (!m) {
      out.set(spec, undefined); // "<spec> missing": the file did not exist at that commit
      continue;
    }
    const size = Number(m[2]);
    out.set(spec, m[1] === 'blob' ? buf.subarray(pos, pos + size).toString('utf8') : undefined);
    pos += size + 1;
  }
  return out;
}

/** What changed in a file from a commit to the working tree, as a unified diff. */
export function diffSince(top: string, commit: string, file: string): string {
  const r = git(top, ['diff', '--no-color', commit, '--', file]);
  return r.status === 0 ? r.stdout.toString('utf8') : '';
}

/** The name in `git config user.name`, if set. */
export function userName(dir: string): string | undefined {
  const r = git(dir, ['config', 'user.name']);
  const name = r.status === 0 ? r.stdout.toString('utf8').trim() : '';
  return name || undefined;
}
