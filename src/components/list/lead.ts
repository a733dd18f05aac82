/**
 * The story a language's home page opens with: the newest of the page's stories that the
 * reader has in their own language, else simply the newest (a large headline in a
 * language the reader may not read is a poor welcome). Pure: it only looks at versions.
 */
export function leadStory<A extends { versions: Map<string, unknown> }>(articles: A[], locale: string): A | undefined {
  return articles.find((a) => a.versions.has(locale)) ?? articles[0];
}
