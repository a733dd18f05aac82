import { DEFAULT_LOCALE } from '../languages.ts';
import type { Registry } from '../registry.ts';
import { readBody } from './body.ts';
import { checkFrontMatter } from './front-matter.ts';
import { checkHtml } from './html.ts';
import { checkImages, type ImageCheck } from './images.ts';
import { checkLayout } from './layout.ts';
import { checkProvince } from './province.ts';
import { checkPublishing } from './publishing.ts';
import { checkTags } from './tags.ts';
import { MESSAGES } from './messages.ts';
import type { ArticleFile } from './file.ts';
import type { Problem } from './problems.ts';

export type { ArticleFile } from './file.ts';

/** Results of the per-file checks kept from an earlier run (content/check-cache.ts). */
export interface FileCheckMemo {
  get(f: ArticleFile): Problem[] | undefined;
  set(f: ArticleFile, problems: Problem[]): void;
}

export interface ContentOptions {
  /** Per-file results from an earlier run, when nothing they depend on changed. */
  memo?: FileCheckMemo;
  /** Known front-matter fields. */
  fields: string[];
  /** Whether a picture named by an article can be published (content/image-file.ts). */
  imageProblem: ImageCheck;
  now: Date;
  /** PUBLISH_FUTURE=1: future-dated articles are published, so not reported. */
  publishFuture: boolean;
  /** Hosts iframes may come from (site.json embedHosts). */
  embedHosts?: string[];
  /** Components MDX articles may use. */
  components?: string[];
}

/**
 * Check a whole content folder's articles, each on its own and against each other and
 * the registries: every problem at once, located. Pure: reading files is the caller's.
 */
export function checkContent(files: ArticleFile[], registry: Registry, options: ContentOptions): Problem[] {
  const problems: Problem[] = files.flatMap((f) => (f.unreadable ? [f.unreadable] : []));
  const { problems: layout, articles } = checkLayout(files);
  problems.push(...layout);
  const sources: ArticleFile[] = [];
  for (const group of articles.values()) {
    for (const f of group) {
      if (!f.data) continue;
      const isSource = f.locale === DEFAULT_LOCALE;
      if (isSource) sources.push(f);
      problems.push(...(options.memo?.get(f) ?? fileProblems(f, isSource, registry, options)), ...checkPublishing(f, isSource, options));
    }
  }
  problems.push(...checkTags(sources, registry), ...checkIds(sources));
  return problems;
}

/** The checks of one file on its own (against the registries and the files beside it): the costly part, which a memo keeps. */
export function fileProblems(f: ArticleFile, isSource: boolean, registry: Registry, options: ContentOptions): Problem[] {
  const body = readBody(f.body ?? '', f.ext === '.mdx', f.bodyLine ?? 1, options.embedHosts ?? [], options.components ?? []);
  const problems = [
    ...checkFrontMatter({ file: f.file, data: f.data!, lines: f.lines ?? {}, isSource }, options.fields),
    ...checkProvince(f, registry),
    ...checkImages(f, body, options.imageProblem),
    ...checkHtml(f, body, { embedHosts: options.embedHosts ?? [], components: options.components ?? [] }),
  ];
  options.memo?.set(f, problems);
  return problems;
}

/**
 * The cheap part of fileProblems: front-matter and province, without reading the body.
 * What the dev server knows of a file before its full check has run.
 */
export function frontMatterProblems(f: ArticleFile, isSource: boolean, registry: Registry, options: ContentOptions): Problem[] {
  return [...checkFrontMatter({ file: f.file, data: f.data!, lines: f.lines ?? {}, isSource }, options.fields), ...checkProvince(f, registry)];
}

/** An `id` makes the feed guid: two articles with one id would be one item to aggregators. */
function checkIds(sources: ArticleFile[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, ArticleFile>();
  for (const f of sources) {
    const id = f.data?.id;
    if (typeof id !== 'string') continue;
    const other = seen.get(id);
    if (other) {
      problems.push({ file: f.file, line: f.lines?.id ?? 1, field: 'id', severity: 'error', ...MESSAGES.duplicateId(other.file) });
      problems.push({ file: other.file, line: other.lines?.id ?? 1, field: 'id', severity: 'error', ...MESSAGES.duplicateId(f.file) });
    } else seen.set(id, f);
  }
  return problems;
}
