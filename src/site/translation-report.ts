import { getCollection } from 'astro:content';
import { splitEntryId } from '../lib/articles.ts';
import { DEFAULT_LOCALE, LOCALES, isLocale } from '../lib/languages.ts';
import { contentDir, publishFuture } from '../lib/site.ts';
import { buildReport, type Report } from '../lib/translation-status/report.ts';
import { keyOf, locateContent, readHistory, toStatusFile } from '../lib/translation-status/status-input.ts';

let cache: Promise<Report> | undefined;

/**
 * The report `npm run translation-status` prints, for the dashboard page: files come
 * from the content collection (already read, with their versions), history from the
 * same git adapter. Future-dated articles are only counted, never named, unless
 * PUBLISH_FUTURE=1 publishes them.
 */
export function loadTranslationReport(): Promise<Report> {
  cache ??= (async () => {
    const place = locateContent(contentDir());
    const entries = await getCollection('articles');
    const files = entries.flatMap((entry) => {
      const { slug, locale } = splitEntryId(entry.id);
      if (!isLocale(locale) || !entry.filePath) return [];
      const data = entry.data as Record<string, unknown>;
      return [toStatusFile(keyOf(place, entry.filePath), { slug, locale, data }, String(data._version ?? ''))];
    });
    const history = readHistory(place, files, DEFAULT_LOCALE);
    return buildReport(files, history, {
      sourceLocale: DEFAULT_LOCALE,
      languages: LOCALES,
      now: new Date(),
      scheduledApart: !publishFuture(),
    });
  })();
  return cache;
}
