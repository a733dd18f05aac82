/**
 * Gathers what the translation report needs from git (one pass of history) and names
 * files the way git does. Shared by `npm run translation-status` and the dashboard page,
 * which has its files from Astro's content collection instead of read-status-files.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArticleText } from '../content-files.ts';
import { parseContentDate } from '../dates.ts';
import { sourceVersion } from '../source-version.ts';
import { indexByFile, orderOf, type SourceRevision } from './history.ts';
import { sourcesToTrace, type HistoryInput, type StatusFile } from './report.ts';
import { openRepo, readBlobs, readLog, type Repo } from '../git.ts';

/** Where the content is, and how its files are named in the report (and in git). */
export interface ContentPlace {
  contentDir: string;
  /** The content folder with symbolic links resolved (as git names it). */
  real: string;
  /** What report paths are relative to: the repository top, or the working directory without git. */
  base: string;
  repo: Repo;
}

export function locateContent(contentDir: string): ContentPlace {
  const real = fs.realpathSync(contentDir);
  const repo = openRepo(real);
  return { contentDir, real, base: repo.kind === 'repo' ? repo.top : fs.realpathSync(process.cwd()), repo };
}

/** A file's path as the report (and git) names it: content/articles/2025/x/en.md. */
export function keyOf(place: Pick<ContentPlace, 'contentDir' | 'real' | 'base'>, file: string): string {
  const abs = path.join(place.real, path.relative(path.resolve(place.contentDir), path.resolve(file)));
  return path.relative(place.base, abs).split(path.sep).join('/');
}

/** A file that could not be read, for the editor (the report goes on without it). */
export interface ReadProblem {
  file: string;
  message: string;
}

/** The fields of a file's front-matter that the report uses. */
export function toStatusFile(key: string, file: { slug: string; locale: string; data: Record<string, unknown> }, version: string): StatusFile {
  const d = file.data;
  return {
    path: key,
    slug: file.slug,
    locale: file.locale,
    title: typeof d.title === 'string' ? d.title : '',
    date: parseContentDate(d.date) ?? undefined,
    draft: d.draft === true,
    machine: d.translation === 'machine',
    recorded: typeof d.source_version === 'string' && d.source_version ? d.source_version : undefined,
    version,
  };
}

/**
 * What git knows about the files: one `git log` over the articles folder, and the past
 * texts of the sources that recorded translations fell behind (one `git cat-file`).
 * Says why not when there is no repository or the history is shallow.
 */
export function readHistory(place: ContentPlace, files: StatusFile[], sourceLocale: string): HistoryInput {
  const { repo } = place;
  if (repo.kind === 'none') return { available: false, reason: 'no-git', detail: repo.detail };
  if (repo.shallow) return { available: false, reason: 'shallow' };
  try {
    const articles = keyOf(place, path.join(place.contentDir, 'articles'));
    const commits = readLog(repo.top, articles);
    const history = indexByFile(commits);
    const revisions = new Map<string, SourceRevision[]>();
    const traced = sourcesToTrace(files, sourceLocale);
    const specs = traced.flatMap((p) => (history.get(p) ?? []).map((c) => `${c.hash}:${p}`));
    const texts = readBlobs(repo.top, specs);
    for (const p of traced) {
      const list: SourceRevision[] = [];
      for (const commit of history.get(p) ?? []) {
        const text = texts.get(`${commit.hash}:${p}`);
        if (text === undefined) continue;
        try {
          const parsed = parseArticleText(text, p);
          list.push({ commit, version: sourceVersion(parsed.data, parsed.body) });
        } catch {
          // A past text whose front-matter did not parse cannot be what a translation recorded.
        }
      }
      revisions.set(p, list);
    }
    return { available: true, history, order: orderOf(commits), revisions };
  } catch (error) {
    return { available: false, reason: 'error', detail: error instanceof Error ? error.message : String(error) };
  }
}
