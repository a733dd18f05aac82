/**
 * Throwaway newsroom repositories for the CLI tests: real git commits with fixed dates,
 * and the editor commands run as subprocesses, as an editor runs them.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/fixture-site.ts';

/** A home without a git configuration, so that no user.name leaks in from the machine. */
const HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-home-'));
const GIT_ENV = { HOME, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: path.join(HOME, 'gitconfig'), LC_ALL: 'C' };

export interface Result {
  status: number;
  stdout: string;
  stderr: string;
}

const PROVINCES = `regions:
  north: { vi: Miền Bắc, en: North }
provinces:
  hue: { name: { vi: Huế, en: Hue }, region: north }
  da-nang: { name: { vi: Đà Nẵng, en: Da Nang }, region: north }
  quang-nam: { name: { vi: Quảng Nam }, region: north, former: true, merged_into: da-nang }
`;

export class Repo {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** A new content repository with provinces.yaml (and without git when asked). */
  static create(options: { git?: boolean } = {}): Repo {
    const repo = new Repo(fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-repo-')));
    repo.write('content/provinces.yaml', PROVINCES);
    if (options.git !== false) {
      repo.git('init', '-q', '-b', 'main');
      repo.git('config', 'user.name', 'Biên tập viên');
      repo.git('config', 'user.email', 'editor@example.org');
    }
    return repo;
  }

  /** Write a file (relative to the repository), creating folders. */
  write(rel: string, text: string): this {
    const file = path.join(this.dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return this;
  }

  read(rel: string): string {
    return fs.readFileSync(path.join(this.dir, rel), 'utf8');
  }

  remove(rel: string): this {
    fs.rmSync(path.join(this.dir, rel), { recursive: true, force: true });
    return this;
  }

  /** Run git in the repository; throws with its output when it fails. */
  git(...args: string[]): string {
    return this.gitWithEnv({}, ...args);
  }

  gitWithEnv(env: Record<string, string>, ...args: string[]): string {
    const r = spawnSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, ...env } });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
    return r.stdout.trim();
  }

  /** Commit everything with a fixed date (author and committer); returns the hash. */
  commit(message: string, date: string): string {
    this.git('add', '-A');
    this.gitWithEnv({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, 'commit', '-q', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  /** A depth-1 clone, as CI checkouts are. */
  shallowClone(): Repo {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-shallow-'));
    const r = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${this.dir}`, dir], { encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
    if (r.status !== 0) throw new Error(`git clone failed: ${r.stderr}`);
    return new Repo(dir);
  }

  /** Run an editor command (scripts/<name>.ts) here, as `npm run <name> -- args` would. */
  run(name: 'translation-status' | 'new', args: string[] = [], env: Record<string, string> = {}): Result {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', `${name}.ts`), ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, ...GIT_ENV, CONTENT_DIR: '', ...env },
    });
    return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
  }

  /**
   * Run an editor command without blocking this process, so that a fake server started by
   * the test can answer it; `kill` sends a signal once the output matches (to interrupt it).
   */
  runAsync(name: 'translate', args: string[] = [], env: Record<string, string> = {}, kill?: { afterOutput: RegExp; signal: NodeJS.Signals }): Promise<Result> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'scripts', `${name}.ts`), ...args], {
        cwd: this.dir,
        env: { ...process.env, ...GIT_ENV, CONTENT_DIR: '', ...env },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => {
        stdout += d;
        if (kill && kill.afterOutput.test(stdout)) child.kill(kill.signal);
      });
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ status: code ?? 1, stdout, stderr }));
    });
  }

  /** `translation-status --json`, parsed. */
  status(args: string[] = [], env: Record<string, string> = {}) {
    const r = this.run('translation-status', ['--json', ...args], env);
    if (r.status !== 0 && r.status !== 1) throw new Error(`translation-status failed (${r.status}): ${r.stderr}`);
    return { ...r, report: JSON.parse(r.stdout) };
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** An article file: front-matter fields (written as given) and a body. */
export function article(fields: Record<string, string>, body: string): string {
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n${body}\n`;
}

export const VI = (extra: Record<string, string> = {}, body = 'Nội dung bài viết.') =>
  article({ title: 'Huế tọa đàm hữu nghị', date: '2025-09-01', province: 'hue', author: 'Lan', ...extra }, body);
export const EN = (extra: Record<string, string> = {}, body = 'The article.') => article({ title: 'Hue friendship seminar', ...extra }, body);
