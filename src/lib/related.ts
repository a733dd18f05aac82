import { newestFirst, versionFor, type Article, type EntryLike, type Version } from './articles.ts';

/** Another article as a reader of one language sees it: its translation, or the source as a fallback. */
export interface Story<E extends EntryLike = EntryLike> {
  article: Article<E>;
  version: Version<E>;
  fallback: boolean;
}

/** With fewer related stories than this in the reader's language, stories in the original language fill the list. */
export const MIN_OWN_RELATED = 3;

function story<E extends EntryLike>(article: Article<E>, locale: string): Story<E> {
  return { article, ...versionFor(article, locale) };
}

/**
 * The articles related to `article` in any language, the most related first: one point
 * for the same province and one per shared tag (the source's: its province and tag pages
 * are grouped by them); ties go to the newer. `all` is newest first, as buildArticles
 * gives. The same for every language, so a page's languages can share it.
 */
export function rankRelated<E extends EntryLike>(article: Article<E>, all: Article<E>[]): Article<E>[] {
  const tags = new Set(article.source.tags);
  // Scores are small whole numbers: one bucket each, filled in `all`'s newest-first order.
  const buckets: Article<E>[][] = [];
  for (const other of all) {
    if (other.slug === article.slug) continue;
    let score = other.source.province === article.source.province ? 1 : 0;
    const theirs = other.source.tags;
    for (let i = 0; i < theirs.length; i++) if (tags.has(theirs[i]) && theirs.indexOf(theirs[i]) === i) score++; // a tag written twice counts once
    if (score > 0) (buckets[score] ??= []).push(other);
  }
  return buckets.reverse().flatMap((b) => b ?? []);
}

/**
 * Related stories for a reader of `locale`, from rankRelated's list: the `limit` most
 * related in that language, or, when it has fewer than MIN_OWN_RELATED, those filled with
 * the most related in their original language. Shown newest first.
 */
export function pickRelated<E extends EntryLike>(ranked: Article<E>[], locale: string, limit = 4): Story<E>[] {
  const own: Article<E>[] = [];
  const others: Article<E>[] = [];
  for (const a of ranked) {
    if (a.versions.has(locale)) own.push(a);
    else if (others.length < limit) others.push(a);
    if (own.length >= limit) break;
  }
  const chosen = own.length >= MIN_OWN_RELATED ? own.slice(0, limit) : [...own, ...others].slice(0, limit);
  return chosen.sort(newestFirst).map((a) => story(a, locale));
}

/** Related stories of `article` for a reader of `locale` (rankRelated, then pickRelated). */
export function relatedArticles<E extends EntryLike>(article: Article<E>, all: Article<E>[], locale: string, limit = 4): Story<E>[] {
  return pickRelated(rankRelated(article, all), locale, limit);
}

/**
 * The stories just before and after `article` in time, for a reader of `locale`: the
 * nearest one translated into `locale` on each side, else (none on that side) the nearest
 * in any language, shown as a fallback. `timeline` is newest first, as buildArticles gives.
 */
export function neighbours<E extends EntryLike>(article: Article<E>, timeline: Article<E>[], locale: string): { previous?: Story<E>; next?: Story<E> } {
  const at = timeline.findIndex((a) => a.slug === article.slug);
  // An article the timeline leaves out (a draft) sits where its date puts it.
  const firstOlder = at >= 0 ? at + 1 : timeline.findIndex((a) => newestFirst(a, article) > 0);
  const older = firstOlder === -1 ? timeline.length : firstOlder;
  const newer = (at >= 0 ? at : older) - 1;
  return { previous: nearest(timeline, older, 1, locale), next: nearest(timeline, newer, -1, locale) };
}

/** From index `from` in direction `step`: the first article in `locale`, else the first at all. */
function nearest<E extends EntryLike>(timeline: Article<E>[], from: number, step: 1 | -1, locale: string): Story<E> | undefined {
  for (let i = from; i >= 0 && i < timeline.length; i += step) if (timeline[i].versions.has(locale)) return story(timeline[i], locale);
  return timeline[from] && story(timeline[from], locale);
}
