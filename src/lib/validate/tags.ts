import { tagSlug, type Registry } from '../registry.ts';
import { MESSAGES } from './messages.ts';
import type { ArticleFile } from './file.ts';
import type { Problem } from './problems.ts';

/**
 * Tags across all sources: one tag written several ways (differing only in case or marks,
 * which would split it over one tag page), and tags that tags.yaml gives no names for.
 * Warnings only. checkTags([a: ['Hữu nghị'], b: ['hữu nghị']]) → one warning on b.
 */
export function checkTags(sources: ArticleFile[], registry: Registry): Problem[] {
  const problems: Problem[] = [];
  // tag slug → spelling → first file that uses it
  const spellings = new Map<string, Map<string, ArticleFile>>();
  for (const f of sources) {
    for (const tag of Array.isArray(f.data?.tags) ? f.data.tags : []) {
      if (typeof tag !== 'string') continue;
      const slug = tagSlug(tag);
      if (!spellings.has(slug)) spellings.set(slug, new Map());
      if (!spellings.get(slug)!.has(tag)) spellings.get(slug)!.set(tag, f);
    }
  }
  for (const variants of spellings.values()) {
    const tags = [...variants.keys()];
    const line = (f: ArticleFile) => f.lines?.tags ?? 1;
    for (const f of [...variants.values()].slice(1))
      problems.push({ file: f.file, line: line(f), field: 'tags', severity: 'warning', ...MESSAGES.tagVariants(tags) });
    if (registry.tags.size > 0 && !tags.some((t) => registry.tags.has(t))) {
      const f = [...variants.values()][0];
      problems.push({ file: f.file, line: line(f), field: 'tags', severity: 'warning', ...MESSAGES.tagNoNames(tags[0]) });
    }
  }
  return problems;
}
