import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EN, Repo, VI, article } from './repo.ts';
import { readArticleFile } from '../../src/lib/content-files.ts';
import { sourceVersion } from '../../src/lib/source-version.ts';

const A = 'content/articles/2025/hue-toa-dam';
const repos: Repo[] = [];
function repo(options?: { git?: boolean }): Repo {
  const r = Repo.create(options);
  repos.push(r);
  return r;
}
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});

/** The version translation-status records for a source file in a repository. */
function versionOf(r: Repo, rel: string): string {
  const f = readArticleFile(path.join(r.dir, rel));
  return sourceVersion(f.data, f.body);
}

describe('npm run translation-status', () => {
  it('reports missing translations, and --strict fails on them', () => {
    const r = repo().write(`${A}/vi.md`, VI()).write(`${A}/en.md`, EN());
    r.commit('Add the seminar', '2025-09-01T09:00:00+07:00');
    const { status, report } = r.status();
    expect(status).toBe(0);
    expect(report.totals.en).toMatchObject({ sources: 1, translated: 1, current: 1, missing: 0 });
    expect(report.totals.fr).toMatchObject({ sources: 1, translated: 0, missing: 1 });
    expect(report.work.fr).toEqual([
      expect.objectContaining({ state: 'missing', slug: 'hue-toa-dam', title: 'Huế tọa đàm hữu nghị', sourceDate: '2025-09-01', sourcePath: `${A}/vi.md` }),
    ]);
    expect(r.run('translation-status', ['--strict']).status).toBe(1);
    expect(r.run('translation-status', ['--strict', '--lang', 'en']).status).toBe(0);
  });

  it('finds a translation stale from git history when the source changed after it', () => {
    const r = repo().write(`${A}/vi.md`, VI()).write(`${A}/en.md`, EN());
    r.commit('Add the seminar', '2025-09-01T09:00:00+07:00');
    r.write(`${A}/vi.md`, VI({}, 'Nội dung bài viết, thêm đoạn mới.'));
    r.commit('Add a paragraph', '2025-09-05T09:00:00+07:00');
    r.write(`${A}/fr.md`, article({ title: 'Séminaire' }, 'Texte.'));
    r.commit('Translate into French', '2025-09-06T09:00:00+07:00');
    const { report } = r.status();
    expect(report.work.en[0]).toMatchObject({ state: 'stale', basis: 'git', since: '2025-09-05T02:00:00.000Z' });
    expect(report.totals.fr).toMatchObject({ current: 1, stale: 0 });
    expect(r.run('translation-status', ['--strict', '--lang', 'fr']).status).toBe(0);
    expect(r.run('translation-status', ['--strict', '--lang', 'en']).status).toBe(1);
  });

  it('ignores source commits marked [i18n skip]', () => {
    const r = repo().write(`${A}/vi.md`, VI()).write(`${A}/en.md`, EN());
    r.commit('Add the seminar', '2025-09-01T09:00:00+07:00');
    r.write(`${A}/vi.md`, VI({ title: 'Huế tọa đàm hữu nghị ' }, 'Nội dung  bài viết.'));
    r.commit('Fix spacing [i18n skip]', '2025-09-02T09:00:00+07:00');
    expect(r.status(['--lang', 'en']).report.totals.en).toMatchObject({ current: 1, stale: 0 });
    r.write(`${A}/vi.md`, VI({}, 'Nội dung đã sửa.'));
    r.commit('Correct the figures', '2025-09-03T09:00:00+07:00');
    expect(r.status(['--lang', 'en']).report.work.en[0]).toMatchObject({ state: 'stale', since: '2025-09-03T02:00:00.000Z' });
  });

  it('is exact from source_version, and shows the source diff since the recorded version', () => {
    const r = repo().write(`${A}/vi.md`, VI());
    const first = r.commit('Add the seminar', '2025-09-01T09:00:00+07:00');
    const recorded = versionOf(r, `${A}/vi.md`);
    r.write(`${A}/vi.md`, VI({}, 'Nội dung bài viết.\n\nĐoạn bổ sung về hợp tác.'));
    r.commit('Add a paragraph', '2025-09-04T09:00:00+07:00');
    // Written after the source changed: history alone would call it current; the record says stale.
    r.write(`${A}/en.md`, EN({ source_version: `"${recorded}"` }));
    r.write(`${A}/fr.md`, article({ title: 'Séminaire', source_version: `"${versionOf(r, `${A}/vi.md`)}"` }, 'Texte.'));
    r.commit('Translate', '2025-09-05T09:00:00+07:00');
    const { report } = r.status(['--diff']);
    expect(report.work.en[0]).toMatchObject({ state: 'stale', basis: 'source_version', baseCommit: first, since: '2025-09-04T02:00:00.000Z' });
    expect(report.totals.fr).toMatchObject({ current: 1 });
    expect(report.diffs['en:hue-toa-dam']).toContain('+Đoạn bổ sung về hợp tác.');
    const text = r.run('translation-status', ['--diff', '--lang', 'en']).stdout;
    expect(text).toContain(`source changed since ${first.slice(0, 7)}`);
    expect(text).toContain('+Đoạn bổ sung về hợp tác.');
  });

  it('does not count a whitespace-only edit of the source as a change', () => {
    const r = repo().write(`${A}/vi.md`, VI({}, 'Một câu dài\nđược ngắt dòng.'));
    r.write(`${A}/en.md`, EN({ source_version: `"${versionOf(r, `${A}/vi.md`)}"` }));
    r.commit('Add', '2025-09-01T09:00:00+07:00');
    r.write(`${A}/vi.md`, VI({}, 'Một câu dài được   ngắt dòng.\n'));
    r.commit('Reflow', '2025-09-02T09:00:00+07:00');
    expect(r.status(['--lang', 'en']).report.totals.en).toMatchObject({ current: 1, stale: 0 });
  });

  it('lists orphaned translations whose source is gone', () => {
    const r = repo().write(`${A}/vi.md`, VI()).write(`${A}/en.md`, EN());
    r.write('content/articles/2024/bai-cu/fr.md', article({ title: 'Ancien' }, 'Texte.'));
    r.commit('Add', '2025-09-01T09:00:00+07:00');
    const { report } = r.status();
    expect(report.orphaned).toEqual([{ slug: 'bai-cu', locale: 'fr', path: 'content/articles/2024/bai-cu/fr.md', title: 'Ancien' }]);
    expect(report.totals.fr).toMatchObject({ orphaned: 1, translated: 0 });
    expect(r.run('translation-status').stdout).toMatch(/Orphaned translations \(1\)[^\n]*\n {2}fr {2}content\/articles\/2024\/bai-cu\/fr\.md/);
  });

  it('counts drafts apart and lists machine translations awaiting review', () => {
    const r = repo()
      .write(`${A}/vi.md`, VI())
      .write(`${A}/en.md`, EN({ translation: 'machine' }));
    r.write(`${A}/fr.md`, article({ title: 'Séminaire', draft: 'true' }, 'Texte.'));
    r.write('content/articles/2025/nhap/vi.md', VI({ draft: 'true' }));
    r.commit('Add', '2025-09-01T09:00:00+07:00');
    const { report } = r.status();
    expect(report).toMatchObject({ articles: 1, draftArticles: 1 });
    expect(report.totals.fr).toMatchObject({ drafts: 1, missing: 0, translated: 0 });
    expect(report.review.en).toEqual([expect.objectContaining({ slug: 'hue-toa-dam', path: `${A}/en.md` })]);
    expect(r.run('translation-status').stdout).toContain('Machine translations awaiting review (1)');
  });

  it('says so instead of guessing in a shallow clone, and stays exact where source_version is recorded', () => {
    const r = repo().write(`${A}/vi.md`, VI()).write(`${A}/en.md`, EN());
    r.write('content/articles/2025/b/vi.md', VI({ title: 'Bài B' }));
    r.write('content/articles/2025/b/en.md', EN({ source_version: '"0000old00000"' }));
    r.write('content/articles/2025/c/vi.md', VI({ title: 'Bài C' }));
    r.commit('Add', '2025-09-01T09:00:00+07:00');
    r.write('content/articles/2025/c/en.md', EN({ source_version: `"${versionOf(r, 'content/articles/2025/c/vi.md')}"` }));
    r.write(`${A}/vi.md`, VI({}, 'Đã sửa.'));
    r.commit('Edit', '2025-09-03T09:00:00+07:00');
    const clone = r.shallowClone();
    repos.push(clone);
    const { report, status } = clone.status(['--lang', 'en', '--strict']);
    expect(report.history).toEqual({ available: false, reason: 'shallow' });
    expect(report.work.en.map((w: { slug: string; state: string }) => `${w.slug}:${w.state}`)).toEqual(['b:stale', 'hue-toa-dam:unknown']);
    expect(report.totals.en).toMatchObject({ current: 1, stale: 1, unknown: 1 });
    expect(status).toBe(1); // b is stale for certain
    const text = clone.run('translation-status', ['--lang', 'en']).stdout;
    expect(text).toContain('this is a shallow clone, so git history is incomplete. 1 translation without source_version cannot be checked');
    expect(text).toMatch(/unknown +hue-toa-dam/);
  });

  it('says so outside git, and works from CONTENT_DIR', () => {
    const r = repo({ git: false }).write(`${A}/vi.md`, VI()).write(`${A}/en.md`, EN());
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'bantin-cwd-'));
    const away = new Repo(elsewhere);
    repos.push(away);
    const { report } = away.status(['--lang', 'en'], { CONTENT_DIR: path.join(r.dir, 'content') });
    expect(report.history).toMatchObject({ available: false, reason: 'no-git' });
    expect(report.work.en[0]).toMatchObject({ state: 'unknown', reason: 'no-record-no-git' });
    expect(away.run('translation-status', [], { CONTENT_DIR: path.join(r.dir, 'content') }).stdout).toContain('not in a git repository');
  });

  it('writes Markdown for a pull-request comment', () => {
    const r = repo().write(`${A}/vi.md`, VI());
    r.commit('Add', '2025-09-01T09:00:00+07:00');
    const md = r.run('translation-status', ['--markdown', '--lang', 'en,fr']).stdout;
    expect(md).toContain('| English (`en`) | 0/1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 |');
    expect(md).toContain('| French (`fr`) | 0/1 |');
    expect(md).not.toContain('Lao');
    expect(md).toContain('| missing | `hue-toa-dam` | Huế tọa đàm hữu nghị | 2025-09-01 |');
  });

  it('narrows to --lang and rejects unknown languages, the source language and bad options with exit 2', () => {
    const r = repo().write(`${A}/vi.md`, VI());
    expect(Object.keys(r.status(['--lang', 'fr,en']).report.totals)).toEqual(['fr', 'en']);
    const de = r.run('translation-status', ['--lang', 'de']);
    expect(de.status).toBe(2);
    expect(de.stderr).toContain('--lang de: not a language of this site; choose among en, fr, lo, zh, km');
    expect(r.run('translation-status', ['--lang', 'vi']).stderr).toContain('vi is the source language');
    const bad = r.run('translation-status', ['--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown option '--bogus'/);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    const missingDir = r.run('translation-status', [], { CONTENT_DIR: path.join(r.dir, 'nowhere') });
    expect(missingDir.status).toBe(2);
    expect(missingDir.stderr).toContain('does not exist (from CONTENT_DIR)');
  });

  it('reports a file it cannot read and counts the rest', () => {
    const r = repo().write(`${A}/vi.md`, VI()).write(`${A}/en.md`, '---\ntitle: [unclosed\n---\nText\n');
    const { report, stderr } = r.status(['--lang', 'en']);
    expect(stderr).toContain(`${A}/en.md: could not be read`);
    expect(report.totals.en).toMatchObject({ missing: 1 });
    expect(r.run('translation-status', ['--strict', '--lang', 'en']).status).toBe(1);
  });
});

describe('npm run translation-status -- --mark', () => {
  it('records the source version in that one line, leaving every other byte as it was', () => {
    const original = '\uFEFF---\r\ntitle: "Hue: a seminar"   # headline\r\ntranslator: Minh\r\nsource_version: "0ld"\r\n---\r\nThe text.\r\n';
    const r = repo().write(`${A}/vi.md`, VI()).write(`${A}/en.md`, original);
    r.commit('Add', '2025-09-01T09:00:00+07:00');
    expect(r.status(['--lang', 'en']).report.totals.en.stale).toBe(1);
    const marked = r.run('translation-status', ['--mark', 'hue-toa-dam', '--lang', 'en']);
    expect(marked.status).toBe(0);
    const version = versionOf(r, `${A}/vi.md`);
    expect(marked.stdout).toContain(`source_version 0ld → ${version}`);
    expect(fs.readFileSync(path.join(r.dir, A, 'en.md'), 'utf8')).toBe(original.replace('source_version: "0ld"', `source_version: "${version}"`));
    expect(r.status(['--lang', 'en']).report.totals.en).toMatchObject({ current: 1, stale: 0 });
    expect(r.git('diff', '--numstat')).toBe(`1\t1\t${A}/en.md`);
  });

  it('adds the line when the translation had no record, and marks several languages at once', () => {
    const r = repo()
      .write(`${A}/vi.md`, VI())
      .write(`${A}/en.md`, EN())
      .write(`${A}/fr.md`, article({ title: 'Séminaire' }, 'Texte.'));
    r.run('translation-status', ['--mark', 'hue-toa-dam', '--lang', 'en,fr']);
    const version = versionOf(r, `${A}/vi.md`);
    expect(r.read(`${A}/en.md`)).toBe(`---\ntitle: Hue friendship seminar\nsource_version: "${version}"\n---\nThe article.\n`);
    expect(r.read(`${A}/fr.md`)).toContain(`source_version: "${version}"`);
  });

  it('explains what to do when the translation or the article does not exist', () => {
    const r = repo().write(`${A}/vi.md`, VI());
    const noTranslation = r.run('translation-status', ['--mark', 'hue-toa-dam', '--lang', 'km']);
    expect(noTranslation.status).toBe(2);
    expect(noTranslation.stderr).toContain('hue-toa-dam has no km translation; create one with: npm run new -- --translate hue-toa-dam --lang km');
    expect(r.run('translation-status', ['--mark', 'khong-co']).stderr).toContain('--mark needs --lang');
    expect(r.run('translation-status', ['--mark', 'khong-co', '--lang', 'en']).stderr).toContain('no article "khong-co"');
  });
});
