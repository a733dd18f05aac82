/** schema.org JSON-LD for search engines: plain objects built from plain data. */

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  authors: string[];
  publisher: { name: string; logo: string };
  images: string[];
  inLanguage: string;
  /** URL of the source article when this is a translation. */
  translationOf?: string;
  /** URLs of the translations when this is the source. */
  translations?: string[];
}

/** A `NewsArticle` object; translations point at their source and the source at them. */
export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': input.url,
    mainEntityOfPage: input.url,
    headline: input.headline.slice(0, 110),
    description: input.description,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    author: input.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: input.publisher.name, logo: { '@type': 'ImageObject', url: input.publisher.logo } },
    ...(input.images.length ? { image: input.images } : {}),
    inLanguage: input.inLanguage,
    ...(input.translationOf ? { translationOfWork: { '@id': input.translationOf } } : {}),
    ...(input.translations?.length ? { workTranslation: input.translations.map((url) => ({ '@id': url })) } : {}),
  };
}

/** A `BreadcrumbList` from [name, absolute URL] pairs, outermost first. */
export function breadcrumbList(items: { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/** JSON for a <script type="application/ld+json">, safe to inline: no `</script>` can close it early. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
