import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT, ROOT, buildSite, exists, page, type BuildResult } from '../helpers/fixture-site.ts';

// A second build over the first one's output and cache, after an editor removed one
// article and retitled another: what the site no longer has must go, what changed must
// change (pages and search index), and the rest is reused.
const content = path.join(OUTPUT, 'rebuild', 'content');
const removed = '/articles/an-giang-tin-ngan-8/';
const retitled = path.join(content, 'articles', '2025', 'da-nang-doan-lao', 'vi.md');
const pagefindCount = (dist: string, lang: string) =>
  JSON.parse(fs.readFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages[lang].page_count as number;

const fragments = (dist: string) =>
  fs
    .readdirSync(path.join(dist, 'pagefind', 'fragment'))
    .map((f) =>
      gunzipSync(fs.readFileSync(path.join(dist, 'pagefind', 'fragment', f)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    )
    .map((json) => JSON.parse(json) as { url: string; content: string; meta: { title: string } });

let first: BuildResult;
let second: BuildResult;
let viPages: number;
let removedBefore: boolean;
beforeAll(() => {
  fs.rmSync(path.join(OUTPUT, 'rebuild'), { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'tests', 'fixtures', 'site'), content, { recursive: true });
  first = buildSite(content, 'rebuild');
  viPages = pagefindCount(first.dist, 'vi');
  removedBefore = exists(`/vi${removed}`, first.dist);
  fs.writeFileSync(path.join(first.dist, 'vi', 'left-over.html'), '<p>from an older build</p>');
  fs.rmSync(path.join(content, 'articles', '2023', 'an-giang-tin-ngan-8'), { recursive: true });
  fs.writeFileSync(retitled, fs.readFileSync(retitled, 'utf8').replace('title: Đà Nẵng đón đoàn hữu nghị Lào', 'title: Đà Nẵng tiếp đoàn hữu nghị Lào'));
  second = buildSite(content, 'rebuild', {}, { rebuild: true });
}, 600_000);

describe('a rebuild over an earlier build', () => {
  it('builds', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
  });

  it('removes the pages of a deleted article and files no build made', () => {
    expect(removedBefore).toBe(true);
    for (const lang of ['vi', 'en', 'lo']) expect(exists(`/${lang}${removed}`, second.dist)).toBe(false);
    expect(fs.existsSync(path.join(second.dist, 'vi', 'left-over.html'))).toBe(false);
    expect(second.stdout).toMatch(/build: removed \d+ file\(s\) the site no longer has/);
    expect(page('/vi/', second.dist)('a[href*="an-giang-tin-ngan-8"]')).toHaveLength(0);
  });

  it('shows the new title and keeps the pages that did not change', () => {
    expect(page('/vi/articles/da-nang-doan-lao/', second.dist)('h1').text()).toBe('Đà Nẵng tiếp đoàn hữu nghị Lào');
    expect(exists('/vi/articles/hue-toa-dam/', second.dist)).toBe(true);
    expect(second.stdout).toMatch(/\(cached\)/);
  });

  it('rebuilds the search index from the changed pages and the kept ones', () => {
    expect(pagefindCount(second.dist, 'vi')).toBe(viPages - 1);
    // The pages Astro kept keep their search records; none had to be read back.
    const reused = /search: indexed .* \(records: (\d+) made from pages, (\d+) kept from the last build/.exec(second.stdout);
    expect(reused, second.stdout.slice(-2000)).not.toBeNull();
    // Pages that show the edited or deleted story (related stories, previous/next) are made
    // again; in this small, tightly linked fixture that is most of them, so only ask that
    // the others were kept.
    expect(Number(reused![2])).toBeGreaterThan(0);
    // Only the language whose records changed is indexed again; the others are kept.
    const again = /indexed again: ([a-z, ]+);/.exec(second.stdout);
    expect(again, second.stdout.slice(-2000)).not.toBeNull();
    expect(again![1].split(', ')).toContain('vi');
    expect(again![1].split(', ')).not.toContain('en');
    expect(pagefindCount(second.dist, 'en')).toBe(pagefindCount(first.dist, 'en'));
    // The retitled page was rendered again, so its record is the new one.
    const records = fragments(second.dist);
    const record = records.find((r) => r.url === '/vi/articles/da-nang-doan-lao/');
    expect(record?.meta.title).toContain('tiếp'); // (đ is stored folded)
    expect(records.some((r) => r.url.includes('an-giang-tin-ngan-8'))).toBe(false);
  });
});

describe('a rebuild whose kept record does not match its page', () => {
  // A record that no longer matches its page (here: falsified in the cache) must not reach
  // the index: the page is read again instead.
  let third: BuildResult;
  beforeAll(() => {
    const listFile = path.join(OUTPUT, 'rebuild', 'cache', 'search', 'records.json');
    const list = JSON.parse(fs.readFileSync(listFile, 'utf8'));
    const record = list.records['/vi/articles/hue-toa-dam/'];
    const docFile = path.join(OUTPUT, 'rebuild', 'cache', 'search', 'docs', record.doc);
    fs.writeFileSync(
      docFile,
      fs.readFileSync(docFile, 'utf8').replace(/<h1[^>]*>[^<]*/, (h) => `${h} Sai lệch`),
    );
    record.size = 1;
    fs.writeFileSync(listFile, JSON.stringify(list));
    third = buildSite(content, 'rebuild', {}, { rebuild: true });
  }, 600_000);

  it('indexes the page as it is', () => {
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout).toMatch(/records: 1 made from pages/);
    const record = fragments(third.dist).find((r) => r.url === '/vi/articles/hue-toa-dam/');
    expect(record).toBeDefined();
    expect(record!.content).not.toContain('Sai lệch');
    expect(pagefindCount(third.dist, 'vi')).toBe(viPages - 1);
  });
});
