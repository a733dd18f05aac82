import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArticleText as matter } from '../../src/lib/content/parse-article.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { Repo, VI } from './repo.ts';
import { isArticleId } from '../../src/lib/article-id.ts';
import { buildSite } from '../helpers/fixture-site.ts';

const repos: Repo[] = [];
function repo(options?: { git?: boolean }): Repo {
  const r = Repo.create(options);
  repos.push(r);
  return r;
}
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});

/** Today in Vietnam, whatever the machine's zone: the day an article scaffolded now is dated. */
function vietnamToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

describe('npm run new -- --province --title', () => {
  it('scaffolds a draft article dated today in Vietnam, with a slug without marks and a stable id', () => {
    const r = repo();
    const today = vietnamToday();
    const run = r.run('new', ['--province', 'da-nang', '--title', 'Đà Nẵng đón Đoàn hữu nghị Lào'], { TZ: 'America/Los_Angeles' });
    expect(run.status).toBe(0);
    const rel = `content/articles/${today.slice(0, 4)}/da-nang-don-doan-huu-nghi-lao/vi.md`;
    expect(run.stdout).toContain(rel);
    const { data } = matter(r.read(rel));
    expect(data).toMatchObject({ title: 'Đà Nẵng đón Đoàn hữu nghị Lào', province: 'da-nang', author: 'Biên tập viên', draft: true, tags: [] });
    expect(r.read(rel)).toContain(`\ndate: ${today}\n`);
    expect(isArticleId(data.id as string)).toBe(true);
    expect((data.id as string).startsWith(today.replaceAll('-', ''))).toBe(true);
  });

  it('takes the author from --author, and asks for one when git has no name', () => {
    const r = repo({ git: false });
    const named = r.run('new', ['--province', 'hue', '--title', 'Tin Huế', '--author', 'Trần Văn Minh']);
    expect(named.status).toBe(0);
    const file = fs.readdirSync(path.join(r.dir, 'content/articles'))[0];
    expect(matter(r.read(`content/articles/${file}/tin-hue/vi.md`)).data.author).toBe('Trần Văn Minh');
    const anonymous = r.run('new', ['--province', 'hue', '--title', 'Tin khác']);
    expect(anonymous.status).toBe(2);
    expect(anonymous.stderr).toContain('--author "<name>" is required');
  });

  it('refuses a province not in provinces.yaml, suggesting close codes, and a former province', () => {
    const r = repo();
    const unknown = r.run('new', ['--province', 'da-nag', '--title', 'X']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--province da-nag: not in content/provinces.yaml; did you mean da-nang?');
    const former = r.run('new', ['--province', 'quang-nam', '--title', 'X']);
    expect(former.status).toBe(2);
    expect(former.stderr).toContain('Quảng Nam is a former province, now part of da-nang; use --province da-nang');
    expect(fs.existsSync(path.join(r.dir, 'content/articles'))).toBe(false);
  });

  it('refuses a slug that is already taken, and missing options', () => {
    const r = repo().write('content/articles/2024/tin-hue/vi.md', VI());
    const taken = r.run('new', ['--province', 'hue', '--title', 'Tin Huế']);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain('an article "tin-hue" already exists (content/articles/2024/tin-hue)');
    expect(r.run('new', ['--province', 'hue', '--title', 'Tin Huế', '--slug', 'tin-hue-2']).status).toBe(0);
    expect(r.run('new', ['--title', 'X']).stderr).toContain('--province <code> is required');
    expect(r.run('new', []).stderr).toContain('give --province and --title');
  });

  it('honours CONTENT_DIR', () => {
    const r = repo();
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-cwd-'));
    const away = new Repo(cwd);
    repos.push(away);
    expect(away.run('new', ['--province', 'hue', '--title', 'Tin Huế', '--author', 'Lan'], { CONTENT_DIR: path.join(r.dir, 'content') }).status).toBe(0);
    expect(fs.existsSync(path.join(r.dir, 'content/articles', vietnamToday().slice(0, 4), 'tin-hue/vi.md'))).toBe(true);
  });
});

describe('npm run new -- --translate', () => {
  const A = 'content/articles/2025/hue-toa-dam';

  it('pre-fills the translation from the source and records the source version', () => {
    const r = repo().write(`${A}/vi.md`, VI({ summary: '"Tóm tắt."', tags: '[hữu nghị]' }, 'Đoạn một.\n\nĐoạn hai.'));
    r.commit('Add', '2025-09-01T09:00:00+07:00');
    const run = r.run('new', ['--translate', 'hue-toa-dam', '--lang', 'en', '--translator', 'Minh']);
    expect(run.status).toBe(0);
    const { data, body: content } = matter(r.read(`${A}/en.md`));
    expect(data).toEqual({
      title: 'Huế tọa đàm hữu nghị',
      summary: 'Tóm tắt.',
      translator: 'Minh',
      source_version: expect.stringMatching(/^[0-9a-f]{12}$/),
      draft: true,
    });
    expect(content).toContain('Đoạn một.\n\nĐoạn hai.');
    // A draft is counted apart until the translator finishes it.
    expect(r.status(['--lang', 'en']).report.totals.en).toMatchObject({ drafts: 1, missing: 0 });
    // Translated and published: current, because the recorded version is the source's.
    r.write(`${A}/en.md`, r.read(`${A}/en.md`).replace('draft: true\n', '').replace('Đoạn một.', 'Paragraph one.'));
    expect(r.status(['--lang', 'en']).report.totals.en).toMatchObject({ current: 1, stale: 0 });
    // The source changes: the translation is stale, whatever git says.
    r.write(`${A}/vi.md`, VI({ summary: '"Tóm tắt mới."', tags: '[hữu nghị]' }, 'Đoạn một.\n\nĐoạn hai.'));
    expect(r.status(['--lang', 'en']).report.totals.en).toMatchObject({ current: 0, stale: 1 });
  });

  it('leaves a commented translator placeholder when no name is given', () => {
    const r = repo().write(`${A}/vi.md`, VI());
    r.run('new', ['--translate', 'hue-toa-dam', '--lang', 'km']);
    const text = r.read(`${A}/km.md`);
    expect(text).toContain('# translator: "Your name"');
    expect(matter(text).data.translator).toBeUndefined();
  });

  it('refuses to overwrite a translation, pointing to --mark instead', () => {
    const r = repo().write(`${A}/vi.md`, VI()).write(`${A}/en.md`, '---\ntitle: Mine\n---\nKeep me.\n');
    const run = r.run('new', ['--translate', 'hue-toa-dam', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('npm run translation-status -- --mark hue-toa-dam --lang en');
    expect(r.read(`${A}/en.md`)).toBe('---\ntitle: Mine\n---\nKeep me.\n');
  });

  it('refuses an unknown article or language', () => {
    const r = repo().write(`${A}/vi.md`, VI());
    expect(r.run('new', ['--translate', 'khong-co', '--lang', 'en']).stderr).toContain('no article "khong-co"');
    expect(r.run('new', ['--translate', 'hue-toa-dam', '--lang', 'de']).status).toBe(2);
    expect(r.run('new', ['--translate', 'hue-toa-dam']).stderr).toContain('--translate needs --lang');
  });

  it('writes files the site builds', () => {
    const r = repo().write(`${A}/vi.md`, VI({ summary: '"Tóm tắt: có dấu hai chấm."' }));
    expect(r.run('new', ['--province', 'hue', '--title', 'Bài "mới": thử', '--author', 'Lan']).status).toBe(0);
    expect(r.run('new', ['--translate', 'hue-toa-dam', '--lang', 'fr']).status).toBe(0);
    // Publish the translation so that the build renders it.
    r.write(`${A}/fr.md`, r.read(`${A}/fr.md`).replace('draft: true\n', ''));
    const built = buildSite(path.join(r.dir, 'content'), 'new-scaffolds');
    expect(built.status, built.stderr).toBe(0);
    expect(fs.readFileSync(path.join(built.dist, 'fr/articles/hue-toa-dam/index.html'), 'utf8')).toContain('Nội dung bài viết.');
  });
});
