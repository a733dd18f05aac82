import { describe, expect, it } from 'vitest';
import { buildArticles, versionFor, splitEntryId } from '../../src/lib/articles.ts';

const day = (s: string) => new Date(s);
const entries = [
  {
    id: '2025/hue-hoi-thao/vi',
    data: {
      title: 'Hội thảo',
      date: day('2025-05-01T00:00:00+07:00'),
      province: 'hue',
      author: ['Lan'],
      tags: ['hữu nghị'],
      image_alt: 'Ảnh',
      image: 'IMG',
      _version: 'v2',
    },
  },
  { id: '2025/hue-hoi-thao/en', data: { title: 'Seminar', translator: ['Minh'], source_version: 'v1' } },
  { id: '2025/hue-hoi-thao/fr', data: { title: 'Séminaire', province: 'da-nang', source_version: 'v2', translation: 'machine' as const } },
  { id: '2024/cu/vi', data: { title: 'Cũ', date: day('2024-01-01T00:00:00+07:00'), province: 'hue', author: ['Lan'] } },
  { id: '2026/nhap/vi', data: { title: 'Nháp', date: day('2025-06-01T00:00:00+07:00'), province: 'hue', author: ['Lan'], draft: true } },
  { id: '2099/sau/vi', data: { title: 'Sau', date: day('2099-01-01T00:00:00+07:00'), province: 'hue', author: ['Lan'] } },
  { id: '2025/x/de', data: { title: 'Unbekannt' } },
];

describe('buildArticles', () => {
  const now = day('2026-01-01T00:00:00Z');
  const articles = buildArticles(entries, { now });

  it('lists published articles newest first, without drafts or future ones', () => {
    expect(articles.map((a) => a.slug)).toEqual(['hue-hoi-thao', 'cu']);
  });
  it('keeps drafts and future articles when asked', () => {
    expect(buildArticles(entries, { now, drafts: true, future: true }).map((a) => a.slug)).toEqual(['sau', 'nhap', 'hue-hoi-thao', 'cu']);
  });
  it('lets a translation inherit what it does not set', () => {
    const en = articles[0].versions.get('en')!;
    expect(en).toMatchObject({
      title: 'Seminar',
      province: 'hue',
      authors: ['Lan'],
      tags: ['hữu nghị'],
      image: 'IMG',
      imageAlt: 'Ảnh',
      translators: ['Minh'],
      isSource: false,
    });
    expect(en.date.toISOString()).toBe('2025-04-30T17:00:00.000Z');
  });
  it("marks inherited alt text with the source language, and takes a translation's own", () => {
    expect(articles[0].versions.get('en')!.imageAltLang).toBe('vi');
    const own = buildArticles([entries[0], { id: '2025/hue-hoi-thao/en', data: { title: 'Seminar', image_alt: 'Photo' } }], { now })[0];
    expect(own.versions.get('en')).toMatchObject({ imageAlt: 'Photo', imageAltLang: undefined, image: 'IMG' });
  });
  it('lets a translation override an inherited field', () => {
    expect(articles[0].versions.get('fr')!.province).toBe('da-nang');
  });
  it('marks a translation stale when its recorded source version differs', () => {
    expect(articles[0].versions.get('en')!.stale).toBe(true);
    expect(articles[0].versions.get('fr')!.stale).toBe(false);
  });
  it('shows the source with a fallback flag where the translation is missing', () => {
    expect(versionFor(articles[0], 'lo')).toMatchObject({ fallback: true, version: { locale: 'vi', title: 'Hội thảo' } });
    expect(versionFor(articles[0], 'fr')).toMatchObject({ fallback: false, version: { translation: 'machine' } });
  });
  it('splits entry ids into slug and locale', () => {
    expect(splitEntryId('2025/a/b/hue/km')).toEqual({ slug: 'hue', locale: 'km' });
  });
});
