import { DEFAULT_LOCALE, LOCALES } from '../languages.ts';
import { parseContentDate, toSiteDay } from '../dates.ts';
import { isValidSlug, slugify } from '../slug.ts';
import { tagSlug, type Registry } from '../registry.ts';
import { checkFrontMatter } from './front-matter.ts';
import { MESSAGES } from './messages.ts';
import { closest } from './suggest.ts';
import type { Problem } from './problems.ts';

/** One article file as read from disk, or why it could not be read. */
export interface LoadedFile {
  file: string;
  /** Folder path of the article (its parent groups included). */
  folder: string;
  slug: string;
  locale: string;
  data?: Record<string, unknown>;
  body?: string;
  lines?: Record<string, number>;
  bodyLine?: number;
  /** Set when the file could not be read or parsed; the problem is already located. */
  unreadable?: Problem;
}

export interface ContentOptions {
  /** Known front-matter fields. */
  fields: string[];
  /** Whether an image path (relative to the article folder) exists. */
  imageExists: (folder: string, src: string) => boolean;
  now: Date;
  publishFuture: boolean;
  /** Day from which former provinces no longer exist (the 2025 merger). */
  reformDay?: string;
}

const BODY_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/** Line of a match in a body that starts after `offset` lines of front-matter. */
function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Check a whole content folder's articles against each other and the registries:
 * every problem at once, located. Pure: file reading is done by the caller.
 */
export function checkContent(files: LoadedFile[], registry: Registry, options: ContentOptions): Problem[] {
  const problems: Problem[] = [];
  const byFolder = new Map<string, LoadedFile[]>();
  for (const f of files) {
    if (f.unreadable) problems.push(f.unreadable);
    if (!LOCALES.includes(f.locale)) {
      problems.push({ file: f.file, line: 1, field: 'file', severity: 'error', ...MESSAGES.unknownLocale(f.locale, LOCALES) });
      continue;
    }
    byFolder.set(f.folder, [...(byFolder.get(f.folder) ?? []), f]);
  }

  const slugs = new Map<string, string>();
  const tagSpellings = new Map<string, Map<string, string>>();
  for (const [folder, group] of byFolder) {
    const first = group[0];
    if (!isValidSlug(first.slug)) {
      problems.push({ file: first.file, field: 'folder', severity: 'error', ...MESSAGES.badSlug(first.slug, slugify(first.slug) || 'article-name') });
    }
    const seen = slugs.get(first.slug);
    if (seen) problems.push({ file: first.file, field: 'folder', severity: 'error', ...MESSAGES.duplicateSlug(seen) });
    else slugs.set(first.slug, folder);

    const source = group.find((f) => f.locale === DEFAULT_LOCALE);
    for (const f of group) {
      if (!f.data) continue;
      const isSource = f === source;
      if (!source) {
        problems.push({ file: f.file, line: 1, field: 'file', severity: 'error', ...MESSAGES.noSource(`${folder}/${DEFAULT_LOCALE}.md`) });
      }
      problems.push(...checkFrontMatter({ file: f.file, data: f.data, lines: f.lines ?? {}, isSource }, options.fields));
      problems.push(...checkReferences(f, isSource, registry, options));
      if (isSource) {
        for (const tag of Array.isArray(f.data.tags) ? f.data.tags : []) {
          if (typeof tag !== 'string') continue;
          const slug = tagSlug(tag);
          if (!tagSpellings.has(slug)) tagSpellings.set(slug, new Map());
          if (!tagSpellings.get(slug)!.has(tag)) tagSpellings.get(slug)!.set(tag, f.file);
        }
      }
    }
  }

  for (const spellings of tagSpellings.values()) {
    const tags = [...spellings.keys()];
    if (tags.length > 1) {
      for (const [, file] of [...spellings].slice(1)) problems.push({ file, field: 'tags', severity: 'warning', ...MESSAGES.tagVariants(tags) });
    }
    if (registry.tags.size > 0 && !tags.some((t) => registry.tags.has(t))) {
      problems.push({ file: [...spellings.values()][0], field: 'tags', severity: 'warning', ...MESSAGES.tagNoNames(tags[0]) });
    }
  }
  return problems;
}

/** Province, images, dates in time: what one file refers to outside itself. */
function checkReferences(f: LoadedFile, isSource: boolean, registry: Registry, options: ContentOptions): Problem[] {
  const problems: Problem[] = [];
  const data = f.data!;
  const lines = f.lines ?? {};
  const at = (field: string, m: { message: string; fix: string }, severity: Problem['severity'] = 'error') =>
    problems.push({ file: f.file, line: lines[field] ?? 1, field, severity, ...m });

  if (typeof data.province === 'string' && registry.provinces.size > 0) {
    const province = registry.provinces.get(data.province);
    if (!province) {
      const codes = [...registry.provinces.keys()];
      const names = Object.fromEntries([...registry.provinces.values()].map((p) => [p.code, Object.values(p.name ?? {})]));
      at('province', MESSAGES.unknownProvince(data.province, closest(data.province, codes, names)));
    } else if (province.former && province.merged_into && options.reformDay) {
      const date = parseContentDate(data.date);
      if (date && toSiteDay(date) >= options.reformDay) at('province', MESSAGES.formerProvince(data.province, province.merged_into), 'warning');
    }
  }
  if (typeof data.image === 'string') {
    if (!options.imageExists(f.folder, data.image)) at('image', MESSAGES.imageMissing(data.image));
    if (typeof data.image_alt !== 'string' || !data.image_alt.trim()) at(lines.image_alt ? 'image_alt' : 'image', MESSAGES.imageNoAlt);
  }
  const bodyStart = (f.bodyLine ?? 1) - 1;
  for (const m of (f.body ?? '').matchAll(BODY_IMAGE)) {
    const [, alt, src] = m;
    const line = bodyStart + lineOf(f.body!, m.index!);
    if (/^[a-z]+:|^\/\//i.test(src)) continue; // remote images are the author's business
    if (!options.imageExists(f.folder, decodeURI(src))) problems.push({ file: f.file, line, field: 'body', severity: 'error', ...MESSAGES.imageMissing(src) });
    if (!alt.trim()) problems.push({ file: f.file, line, field: 'body', severity: 'error', ...MESSAGES.bodyImageNoAlt(src) });
  }
  if (isSource) {
    if (data.draft === true) at('draft', MESSAGES.draft, 'warning');
    const date = parseContentDate(data.date);
    if (date && date > options.now && !options.publishFuture) at('date', MESSAGES.future(toSiteDay(date)), 'warning');
    if (data.summary === undefined && data.draft !== true) problems.push({ file: f.file, line: lines.title ?? 1, field: 'summary', severity: 'warning', ...MESSAGES.noSummary });
  }
  return problems;
}
