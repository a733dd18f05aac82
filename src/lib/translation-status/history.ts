/**
 * "Is this translation out of date?" decided from git history, for translations that do
 * not record the `source_version` they were made from. Pure functions over plain commit
 * objects (the git adapter in scripts/lib/git.ts produces them), so they are tested with
 * literal data.
 */

/** One commit as `git log --name-only` shows it. */
export interface Commit {
  hash: string;
  /** Committer date. */
  date: Date;
  /** Full message (subject and body). */
  message: string;
  /** Paths it touched, relative to the repository's top level. */
  files: string[];
}

/** A commit whose message holds this marker changed nothing a translator must follow (typo, formatting). */
export const SKIP_MARKER = '[i18n skip]';

/** Whether a commit is marked to be ignored for translation tracking. */
export function isSkipped(commit: Commit): boolean {
  return commit.message.includes(SKIP_MARKER);
}

/** The commits that touched each path, newest first (as in the log). */
export type FileHistory = Map<string, Commit[]>;

/**
 * Index one `git log` (newest first) by path: one pass over the log however many files
 * are asked about later.
 * indexByFile([{ hash: 'b', files: ['x/vi.md'] }, { hash: 'a', files: ['x/vi.md', 'x/en.md'] }])
 *   → Map { 'x/vi.md' → [b, a], 'x/en.md' → [a] }
 */
export function indexByFile(commits: Commit[]): FileHistory {
  const index: FileHistory = new Map();
  for (const commit of commits) {
    for (const file of commit.files) {
      const list = index.get(file);
      if (list) list.push(commit);
      else index.set(file, [commit]);
    }
  }
  return index;
}

export type HistoryVerdict =
  /** No tracked change to the source after the translation's last commit. */
  | { state: 'current'; translationCommit?: Commit }
  /** The source changed after the translation was last committed; `since` is the first such change. */
  | { state: 'stale'; since: Commit; changes: number; translationCommit: Commit };

/**
 * Compare a translation with its source by history: stale when a commit touching the
 * source, not marked `[i18n skip]`, comes after the last commit touching the
 * translation. A translation never committed is being written now, so it is current.
 * `commitOrder` gives each hash its position in the log (0 = newest).
 */
export function historyVerdict(history: FileHistory, commitOrder: Map<string, number>, sourcePath: string, translationPath: string): HistoryVerdict {
  const translationCommit = history.get(translationPath)?.[0];
  if (!translationCommit) return { state: 'current' };
  const translationAt = commitOrder.get(translationCommit.hash)!;
  const newer = (history.get(sourcePath) ?? []).filter((c) => commitOrder.get(c.hash)! < translationAt && !isSkipped(c));
  if (newer.length === 0) return { state: 'current', translationCommit };
  return { state: 'stale', since: newer.at(-1)!, changes: newer.length, translationCommit };
}

/** Position of each commit in a newest-first log. */
export function orderOf(commits: Commit[]): Map<string, number> {
  return new Map(commits.map((c, i) => [c.hash, i]));
}

/** One state of a source file in history: the commit and the source version its text hashes to. */
export interface SourceRevision {
  commit: Commit;
  version: string;
}

/**
 * Where a recorded `source_version` sits in the source's history (revisions newest
 * first): the newest commit whose text has that version, and the first commit after it
 * that changed the version (when the translation went stale). Neither is found when the
 * recorded version was never committed or lies beyond a shallow history.
 */
export function locateRecordedVersion(revisions: SourceRevision[], recorded: string): { recordedAt?: Commit; since?: Commit } {
  const at = revisions.findIndex((r) => r.version === recorded);
  if (at < 0) return {};
  return { recordedAt: revisions[at].commit, since: at > 0 ? revisions[at - 1].commit : undefined };
}
