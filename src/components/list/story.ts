import { versionFor } from '../../lib/articles.ts';
import { getLanguage } from '../../lib/languages.ts';
import type { SiteArticle } from '../../site/content.ts';

/**
 * What a list item shows of a story in a language: the version the reader gets, whether it
 * is a fallback, the `lang` its text then needs, and its cover (if any).
 */
export function storyIn(article: SiteArticle, locale: string) {
  const { version, fallback } = versionFor(article, locale);
  return {
    version,
    fallback,
    textLang: fallback ? getLanguage(version.locale).bcp47 : undefined,
    image: version.image as ImageMetadata | undefined,
  };
}
