import { describe, expect, it } from 'vitest';
import { breadcrumbList, jsonLdText, newsArticle } from '../../src/lib/structured-data.ts';

const base = {
  url: 'https://x.test/en/articles/a/',
  headline: 'Seminar',
  description: 'About it',
  datePublished: '2025-09-12T23:30:00+07:00',
  dateModified: '2025-09-13T08:00:00+07:00',
  authors: ['Lan', 'Minh'],
  publisher: { name: 'Bulletin', logo: 'https://x.test/favicon.svg' },
  images: [],
  inLanguage: 'en',
};

describe('newsArticle', () => {
  it('cuts the headline to the 110 characters search engines show, and no shorter', () => {
    expect(newsArticle({ ...base, headline: 'a'.repeat(150) }).headline).toBe('a'.repeat(110));
    expect(newsArticle({ ...base, headline: 'b'.repeat(110) }).headline).toBe('b'.repeat(110));
  });
  it('links a translation to its source', () => {
    const data = newsArticle({ ...base, translationOf: 'https://x.test/vi/articles/a/' });
    expect(data).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'en', translationOfWork: { '@id': 'https://x.test/vi/articles/a/' } });
    expect(data.author).toEqual([
      { '@type': 'Person', name: 'Lan' },
      { '@type': 'Person', name: 'Minh' },
    ]);
    expect(data).not.toHaveProperty('image');
    expect(data).not.toHaveProperty('workTranslation');
  });
  it('lists the translations of a source', () => {
    const data = newsArticle({ ...base, translations: ['https://x.test/en/articles/a/'] });
    expect(data.workTranslation).toEqual([{ '@id': 'https://x.test/en/articles/a/' }]);
  });
});

describe('breadcrumbList', () => {
  it('numbers the items from 1', () => {
    expect(
      breadcrumbList([
        { name: 'Home', url: 'https://x.test/en/' },
        { name: 'Hue', url: 'https://x.test/en/provinces/hue/' },
      ]),
    ).toMatchObject({
      itemListElement: [
        { position: 1, name: 'Home' },
        { position: 2, item: 'https://x.test/en/provinces/hue/' },
      ],
    });
  });
});

describe('jsonLdText', () => {
  it('cannot close the script element it sits in', () => {
    expect(jsonLdText({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
