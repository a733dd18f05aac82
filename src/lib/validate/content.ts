import { DEFAULT_LOCALE } from '../languages.ts';
import type { Registry } from '../registry.ts';
import { readBody } from './body.ts';
import { checkFrontMatter } from './front-matter.ts';
import { checkHtml } from './html.ts';
import { checkImages } from './images.ts';
import { checkLayout } from './layout.ts';
import { checkProvince } from './province.ts';
import { checkPublishing } from './publishing.ts';
import { checkTags } from './tags.ts';
import type { LoadedFile } from './file.ts';
import type { Problem } from './problems.ts';

export type { LoadedFile } from './file.ts';

export interface ContentOptions {
  /** Known front-matter fields. */
  fields: string[];
  /** Whether an image path (relative to the article folder) exists. */
  imageExists: (folder: string, src: string) => boolean;
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
export function checkContent(files: LoadedFile[], registry: Registry, options: ContentOptions): Problem[] {
  const problems: Problem[] = files.flatMap((f) => (f.unreadable ? [f.unreadable] : []));
  const { problems: layout, articles } = checkLayout(files);
  problems.push(...layout);
  const sources: LoadedFile[] = [];
  for (const group of articles.values()) {
    for (const f of group) {
      if (!f.data) continue;
      const isSource = f.locale === DEFAULT_LOCALE;
      if (isSource) sources.push(f);
      const body = readBody(f.body ?? '', f.ext === '.mdx' || f.file.endsWith('.mdx'), f.bodyLine ?? 1, options.embedHosts ?? []);
      problems.push(
        ...checkFrontMatter({ file: f.file, data: f.data, lines: f.lines ?? {}, isSource }, options.fields),
        ...checkProvince(f, registry),
        ...checkImages(f, body, options.imageExists),
        ...checkHtml(f, body, { embedHosts: options.embedHosts ?? [], components: options.components ?? [] }),
        ...checkPublishing(f, isSource, options),
      );
    }
  }
  problems.push(...checkTags(sources, registry));
  return problems;
}
