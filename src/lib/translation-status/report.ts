/**
 * The translation report: for every language, what is translated, missing, stale,
 * unknown, orphaned or awaiting review. Pure: it takes the content's files as plain
 * data and, optionally, what git history knows; the CLI and the dashboard page feed it.
 */
import { historyVerdict, locateRecordedVersion, type FileHistory, type SourceRevision } from './history.ts';
import { toSiteDay } from '../dates.ts';

/** One article file, reduced to what the report needs. */
export interface StatusFile {
  /** Path for editors and for git: relative to the repository top (or the working directory without git). */
  path: string;
  slug: string;
  locale: string;
  title: string;
  /** Publication date (the source's); undefined when the file has none or it does not parse. */
  date?: Date;
  draft: boolean;
  machine: boolean;
  /** `source_version` the translation recorded, if any. */
  recorded?: string;
  /** This file's own version (sourceVersion of its title, summary and body); needed for sources only. */
  version: string;
}

/** What git could tell, given to the report by the adapter. */
export type HistoryInput =
  | { available: true; history: FileHistory; order: Map<string, number>; revisions: Map<string, SourceRevision[]> }
  | { available: false; reason: 'no-git' | 'shallow' | 'error'; detail?: string };

export type WorkState = 'missing' | 'stale' | 'unknown';

/** One thing to do in one language. */
export interface WorkItem {
  state: WorkState;
  slug: string;
  /** The source's title. */
  title: string;
  sourcePath: string;
  /** The translation file, when one exists. */
  path?: string;
  /** Source publication day in the site's time zone: 2025-09-12. */
  sourceDate?: string;
  /** Since when this is to do: the source's first change after the translation (stale) or its publication (missing). */
  since?: string;
  /** Whole days from `since` to the report's `now`. */
  days?: number;
  /** How staleness was decided. */
  basis?: 'source_version' | 'git';
  /** For a stale translation: the commit to diff the source from (the recorded version's, or the translation's last). */
  baseCommit?: string;
  /** Why the state is unknown. */
  reason?: 'no-record-no-history' | 'no-record-shallow' | 'no-record-no-git';
}

/** A machine translation that an editor has not reviewed yet. */
export interface ReviewItem {
  slug: string;
  title: string;
  path: string;
  stale: boolean;
}

/** A translation whose article has no source file. */
export interface OrphanItem {
  slug: string;
  locale: string;
  path: string;
  title: string;
}

export interface Totals {
  /** Published (non-draft) source articles: what should exist in this language. */
  sources: number;
  /** Published translations of published sources (current + stale + unknown). */
  translated: number;
  current: number;
  stale: number;
  unknown: number;
  missing: number;
  /** Machine translations awaiting review (also counted in `translated`). */
  machine: number;
  /** Draft translations, and translations of draft sources: counted apart. */
  drafts: number;
  orphaned: number;
}

export interface Report {
  /** When the report was made (ISO). */
  generated: string;
  sourceLocale: string;
  languages: string[];
  /** Published source articles. */
  articles: number;
  /** Source articles still in draft (their translations are not asked for). */
  draftArticles: number;
  /** Source articles dated after `now`, counted apart when `scheduledApart` was asked. */
  scheduledArticles: number;
  history: { available: boolean; reason?: string; detail?: string };
  totals: Record<string, Totals>;
  work: Record<string, WorkItem[]>;
  review: Record<string, ReviewItem[]>;
  orphaned: OrphanItem[];
}

export interface ReportOptions {
  sourceLocale: string;
  /** Target languages, in the order to report them (the source language is left out). */
  languages: string[];
  now: Date;
  /**
   * Count future-dated articles apart like drafts, without listing them: for the public
   * dashboard, which must not show headlines before they are published.
   */
  scheduledApart?: boolean;
}

const DAY = 86_400_000;

/**
 * Build the report. Articles are grouped by slug; the source is the file in
 * `sourceLocale`. A translation is stale when its recorded `source_version` differs from
 * the source's current version (exact, needs no git); without a record, git history
 * decides, and where there is none the state is `unknown`, never a guess.
 */
export function buildReport(files: StatusFile[], history: HistoryInput, options: ReportOptions): Report {
  const { sourceLocale, now } = options;
  const languages = options.languages.filter((l) => l !== sourceLocale);
  const bySlug = new Map<string, Map<string, StatusFile>>();
  for (const f of files) {
    if (!bySlug.has(f.slug)) bySlug.set(f.slug, new Map());
    bySlug.get(f.slug)!.set(f.locale, f);
  }

  const totals: Record<string, Totals> = {};
  const work: Record<string, WorkItem[]> = {};
  const review: Record<string, ReviewItem[]> = {};
  for (const l of languages) {
    totals[l] = { sources: 0, translated: 0, current: 0, stale: 0, unknown: 0, missing: 0, machine: 0, drafts: 0, orphaned: 0 };
    work[l] = [];
    review[l] = [];
  }
  const orphaned: OrphanItem[] = [];
  let articles = 0;
  let draftArticles = 0;
  let scheduledArticles = 0;

  for (const [slug, group] of bySlug) {
    const source = group.get(sourceLocale);
    if (!source) {
      for (const l of languages) {
        const f = group.get(l);
        if (!f) continue;
        totals[l].orphaned++;
        orphaned.push({ slug, locale: l, path: f.path, title: f.title });
      }
      continue;
    }
    const scheduled = Boolean(options.scheduledApart && source.date && source.date > now);
    if (source.draft) draftArticles++;
    else if (scheduled) {
      scheduledArticles++;
      continue;
    } else articles++;
    const sourceDate = source.date ? toSiteDay(source.date) : undefined;
    for (const l of languages) {
      const t = totals[l];
      const f = group.get(l);
      if (source.draft || f?.draft) {
        if (f) t.drafts++;
        continue;
      }
      t.sources++;
      const base = { slug, title: source.title, sourcePath: source.path, sourceDate };
      if (!f) {
        t.missing++;
        work[l].push({ state: 'missing', ...base, ...age(source.date, now) });
        continue;
      }
      t.translated++;
      const item = judge(source, f, history, now);
      if (f.machine) {
        t.machine++;
        review[l].push({ slug, title: f.title, path: f.path, stale: item?.state === 'stale' });
      }
      if (!item) t.current++;
      else {
        t[item.state === 'stale' ? 'stale' : 'unknown']++;
        work[l].push({ ...base, path: f.path, ...item });
      }
    }
  }

  const order = (a: WorkItem, b: WorkItem) =>
    rank(a.state) - rank(b.state) || (b.sourceDate ?? '').localeCompare(a.sourceDate ?? '') || a.slug.localeCompare(b.slug);
  for (const l of languages) {
    work[l].sort(order);
    review[l].sort((a, b) => a.slug.localeCompare(b.slug));
  }
  orphaned.sort((a, b) => a.slug.localeCompare(b.slug) || languages.indexOf(a.locale) - languages.indexOf(b.locale));

  return {
    generated: now.toISOString(),
    sourceLocale,
    languages,
    articles,
    draftArticles,
    scheduledArticles,
    history: history.available ? { available: true } : { available: false, reason: history.reason, detail: history.detail },
    totals,
    work,
    review,
    orphaned,
  };
}

/** Sum of the per-language totals. */
export function grandTotal(report: Report): Totals {
  const sum: Totals = { sources: 0, translated: 0, current: 0, stale: 0, unknown: 0, missing: 0, machine: 0, drafts: 0, orphaned: 0 };
  for (const t of Object.values(report.totals)) for (const k of Object.keys(sum) as (keyof Totals)[]) sum[k] += t[k];
  return sum;
}

/** Stale and missing first: they are the work; unknown last. */
function rank(state: WorkState): number {
  return state === 'stale' ? 0 : state === 'missing' ? 1 : 2;
}

function age(since: Date | undefined, now: Date): { since?: string; days?: number } {
  if (!since) return {};
  return { since: since.toISOString(), days: Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY)) };
}

/** The state of one existing translation; undefined when it is current. */
function judge(
  source: StatusFile,
  f: StatusFile,
  history: HistoryInput,
  now: Date,
): Omit<WorkItem, 'slug' | 'title' | 'sourcePath' | 'sourceDate'> | undefined {
  if (f.recorded) {
    if (f.recorded === source.version) return undefined;
    const located = history.available ? locateRecordedVersion(history.revisions.get(source.path) ?? [], f.recorded) : {};
    return { state: 'stale', basis: 'source_version', baseCommit: located.recordedAt?.hash, ...age(located.since?.date, now) };
  }
  if (!history.available) {
    return {
      state: 'unknown',
      reason: history.reason === 'shallow' ? 'no-record-shallow' : history.reason === 'no-git' ? 'no-record-no-git' : 'no-record-no-history',
    };
  }
  const verdict = historyVerdict(history.history, history.order, source.path, f.path);
  if (verdict.state === 'current') return undefined;
  return { state: 'stale', basis: 'git', baseCommit: verdict.translationCommit.hash, ...age(verdict.since.date, now) };
}

/**
 * Source files that some translation recorded an older version of: the only ones whose
 * past texts the adapter must read from git (to find the commit each translation was made from).
 */
export function sourcesToTrace(files: StatusFile[], sourceLocale: string): string[] {
  const current = new Map<string, StatusFile>();
  for (const f of files) if (f.locale === sourceLocale) current.set(f.slug, f);
  const paths = new Set<string>();
  for (const f of files) {
    const source = current.get(f.slug);
    if (f.locale !== sourceLocale && source && f.recorded && f.recorded !== source.version) paths.add(source.path);
  }
  return [...paths].sort();
}
