import { tagSlug } from './registry.ts';

/**
 * Articles grouped by tag, in one pass: tag slug → the tag as first written and its
 * articles (kept in the given order). Two spellings with the same slug are one tag.
 */
export function groupByTag<A extends { source: { tags: string[] } }>(articles: A[]): Map<string, { tag: string; items: A[] }> {
  const groups = new Map<string, { tag: string; items: A[] }>();
  for (const article of articles) {
    for (const tag of new Set(article.source.tags)) {
      const slug = tagSlug(tag);
      if (!slug) continue;
      const group = groups.get(slug) ?? { tag, items: [] };
      if (group.items.at(-1) !== article) group.items.push(article);
      groups.set(slug, group);
    }
  }
  return groups;
}
