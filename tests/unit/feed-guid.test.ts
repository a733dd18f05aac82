import { describe, expect, it } from 'vitest';
import { feedGuid } from '../../src/lib/feed/guid.ts';
import { renameFacts, renameRedirects } from '../../src/lib/redirects.ts';
import { checkFrontMatter } from '../../src/lib/validate/front-matter.ts';

const FIELDS = ['title', 'date', 'province', 'author', 'aliases'];

describe('feedGuid', () => {
  it('uses the article id when there is one, whatever the folder is called', () => {
    const before = feedGuid('https://s.org', 'fr', 'hue-old', { id: '20250912-aaaqeaye' });
    const after = feedGuid('https://s.org', 'fr', 'hue-new', { id: '20250912-aaaqeaye', aliases: ['hue-old'] });
    expect(after).toEqual(before);
    expect(after).toEqual({ value: 'urn:bantin:20250912-aaaqeaye:fr', isPermaLink: false });
  });

  it('gives each language its own guid', () => {
    expect(feedGuid('https://s.org', 'vi', 'a', { id: 'x' }).value).not.toBe(feedGuid('https://s.org', 'en', 'a', { id: 'x' }).value);
  });

  it('falls back to the permalink under the oldest folder name', () => {
    expect(feedGuid('https://s.org', 'en', 'c', { aliases: ['a', 'b'] })).toEqual({ value: 'https://s.org/en/articles/a/', isPermaLink: true });
    expect(feedGuid('https://s.org', 'en', 'c')).toEqual({ value: 'https://s.org/en/articles/c/', isPermaLink: true });
  });
});

describe('renameRedirects', () => {
  const file = (slug: string, aliases: string[] = [], locale = 'vi', draft = false) => ({ slug, locale, draft, aliases });
  const fromTo = (redirects: { from: string; to: string }[]) => redirects.map((r) => `${r.from} → ${r.to}`);

  it('sends every old address, in every language, to the article', () => {
    const redirects = renameRedirects([file('c', ['b', 'a']), file('c', [], 'en')], ['vi', 'en']);
    expect(fromTo(redirects)).toEqual([
      '/vi/articles/a/ → /vi/articles/c/',
      '/en/articles/a/ → /en/articles/c/',
      '/vi/articles/b/ → /vi/articles/c/',
      '/en/articles/b/ → /en/articles/c/',
    ]);
    expect(redirects[1]).toEqual({ locale: 'en', old: 'a', slug: 'c', from: '/en/articles/a/', to: '/en/articles/c/' });
  });

  it('leaves out an old name that is a live article again, or that two articles claim', () => {
    expect(renameRedirects([file('c', ['a']), file('a'), file('d', ['x']), file('e', ['x'])], ['vi'])).toEqual([]);
  });

  it('leaves out a draft article and an alias equal to the slug', () => {
    expect(renameRedirects([file('c', ['a'], 'vi', true), file('d', ['d'])], ['vi'])).toEqual([]);
  });

  it("reads the facts from the site's articles, aliases of every language", () => {
    const version = (locale: string, aliases?: string[], draft = false) => [locale, { locale, draft, entry: { data: { aliases } } }] as const;
    const facts = renameFacts([
      { slug: 'c', versions: new Map([version('vi', ['a']), version('en')]) },
      { slug: 'd', versions: new Map([version('vi', ['x'], true)]) },
    ]);
    expect(facts).toEqual([file('c', ['a']), file('c', [], 'en'), file('d', ['x'], 'vi', true)]);
    expect(fromTo(renameRedirects(facts, ['vi']))).toEqual(['/vi/articles/a/ → /vi/articles/c/']);
  });
});

describe('checking aliases', () => {
  const check = (aliases: unknown) =>
    checkFrontMatter(
      { file: 'a/vi.md', data: { title: 't', date: '2025-01-01', province: 'hue', author: 'A', aliases }, lines: { aliases: 5 }, isSource: true },
      FIELDS,
    ).filter((p) => p.field === 'aliases');

  it('accepts a list of former folder names', () => {
    expect(check(['hue-cu', 'hue-cu-2'])).toEqual([]);
  });

  it('reports anything a folder could not be called, at its line', () => {
    for (const bad of ['hue-cu', ['../x'], ['Huế cũ'], [''], [3]]) {
      const [problem] = check(bad);
      expect(problem, JSON.stringify(bad)).toMatchObject({ field: 'aliases', line: 5, severity: 'error' });
      expect(problem.message).toContain('aliases');
    }
  });
});
