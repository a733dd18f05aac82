import { describe, expect, it } from 'vitest';
import { buildArticles, type EntryLike } from '../../src/lib/articles.ts';
import { neighbours, rankRelated, relatedArticles } from '../../src/lib/related.ts';

/** An article's Vietnamese source, dated 2025-<month>-01, with translations into `langs`. */
function entries(slug: string, month: number, province: string, tags: string[], langs: string[] = []): EntryLike[] {
  const date = new Date(`2025-${String(month).padStart(2, '0')}-01T00:00:00+07:00`);
  return [
    { id: `2025/${slug}/vi`, data: { title: `${slug} (vi)`, date, province, tags, author: ['Lan'] } },
    ...langs.map((l) => ({ id: `2025/${slug}/${l}`, data: { title: `${slug} (${l})` } })),
  ];
}

const now = new Date('2026-01-01T00:00:00Z');
const site = buildArticles(
  [
    ...entries('hue-1', 1, 'hue', ['hữu nghị'], ['en']),
    ...entries('hue-2', 2, 'hue', [], ['en']),
    ...entries('lao-3', 3, 'da-nang', ['hữu nghị', 'Lào'], ['en', 'lo']),
    ...entries('lao-4', 4, 'da-nang', ['Lào'], ['lo']),
    ...entries('other-5', 5, 'an-giang', ['kinh tế'], ['en']),
    ...entries('lao-6', 6, 'hue', ['hữu nghị', 'Lào'], ['en', 'lo']),
    ...entries('hue-7', 7, 'hue', ['hữu nghị'], ['en']),
    ...entries('lao-8', 8, 'da-nang', ['Lào'], []),
  ],
  { now },
);
const get = (slug: string) => site.find((a) => a.slug === slug)!;
const slugs = (stories: { article: { slug: string } }[]) => stories.map((s) => s.article.slug);

describe('relatedArticles', () => {
  it('never lists the article itself', () => {
    for (const a of site) expect(slugs(relatedArticles(a, site, 'vi', 10))).not.toContain(a.slug);
  });

  it('lists only stories sharing the province or a tag, newest first', () => {
    const related = relatedArticles(get('hue-1'), site, 'vi', 10);
    expect(slugs(related)).toEqual(['hue-7', 'lao-6', 'lao-3', 'hue-2']);
    expect(related.every((s) => !s.fallback)).toBe(true);
  });

  it('keeps the stories sharing most when there are more than the limit, and shows them newest first', () => {
    // lao-6 shares two things with hue-7, lao-3 and hue-1 (the two newest kept), one with lao-8, lao-4 and hue-2.
    expect(slugs(relatedArticles(get('lao-6'), site, 'vi', 2))).toEqual(['hue-7', 'lao-3']);
    const four = relatedArticles(get('lao-6'), site, 'vi', 4);
    expect(four).toHaveLength(4);
    expect(four.map((s) => s.version.date.getTime())).toEqual(four.map((s) => s.version.date.getTime()).sort((a, b) => b - a));
  });

  it('leaves out stories not translated into the language when it has enough', () => {
    const related = relatedArticles(get('hue-1'), site, 'en', 4);
    expect(slugs(related)).toEqual(['hue-7', 'lao-6', 'lao-3', 'hue-2']);
    expect(related.every((s) => !s.fallback && s.version.locale === 'en')).toBe(true);
  });

  it('fills with stories in the original language, marked as fallbacks, when the language has too few', () => {
    // In Lao, lao-3 has two related stories of its own (lao-4, lao-6): too few.
    const related = relatedArticles(get('lao-3'), site, 'lo', 4);
    expect(related).toHaveLength(4);
    expect(related.filter((s) => !s.fallback).map((s) => s.article.slug)).toEqual(['lao-6', 'lao-4']);
    for (const s of related.filter((s) => s.fallback)) expect(s.version.locale).toBe('vi');
    expect(related.map((s) => s.version.date.getTime())).toEqual(related.map((s) => s.version.date.getTime()).sort((a, b) => b - a));
  });

  it('ranks by what is shared, then by date, the same for every language', () => {
    // lao-3: lao-8, lao-6 and lao-4 share two things with it (province or tags), hue-7 and hue-1 one.
    expect(slugs(rankRelated(get('lao-3'), site).map((article) => ({ article })))).toEqual(['lao-8', 'lao-6', 'lao-4', 'hue-7', 'hue-1']);
  });

  it('stops at the limit and gives nothing when nothing is related', () => {
    expect(relatedArticles(get('hue-1'), site, 'vi', 1)).toHaveLength(1);
    expect(relatedArticles(get('other-5'), site, 'vi')).toEqual([]);
  });
});

describe('neighbours', () => {
  it('gives the stories just before and after in time, in the same language', () => {
    const { previous, next } = neighbours(get('lao-4'), site, 'vi');
    expect(previous?.article.slug).toBe('lao-3');
    expect(next?.article.slug).toBe('other-5');
  });

  it('skips stories not translated into the language', () => {
    const { previous, next } = neighbours(get('lao-4'), site, 'en');
    expect(previous).toMatchObject({ fallback: false, article: { slug: 'lao-3' } });
    expect(next).toMatchObject({ fallback: false, article: { slug: 'other-5' } });
    expect(neighbours(get('lao-4'), site, 'lo')).toMatchObject({ previous: { article: { slug: 'lao-3' } }, next: { article: { slug: 'lao-6' } } });
  });

  it('falls back to a story in the original language only when the language has none on that side', () => {
    const { previous, next } = neighbours(get('lao-6'), site, 'lo');
    expect(previous).toMatchObject({ fallback: false, article: { slug: 'lao-4' } });
    expect(next).toMatchObject({ fallback: true, article: { slug: 'hue-7' } });
    expect(next!.version.locale).toBe('vi');
  });

  it('has no previous story for the oldest, and no next one for the newest', () => {
    expect(neighbours(get('hue-1'), site, 'vi').previous).toBeUndefined();
    expect(neighbours(get('lao-8'), site, 'vi').next).toBeUndefined();
  });

  it('places an article missing from the timeline (a draft) by its date', () => {
    const date = new Date('2025-03-15T00:00:00+07:00');
    const [draft] = buildArticles<EntryLike>([{ id: '2025/draft/vi', data: { title: 'Nháp', date, province: 'hue', author: ['Lan'], draft: true } }], {
      now,
      drafts: true,
    });
    const { previous, next } = neighbours(draft, site, 'vi');
    expect([previous?.article.slug, next?.article.slug]).toEqual(['lao-3', 'lao-4']);
  });
});
