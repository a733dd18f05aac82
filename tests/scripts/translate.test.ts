/**
 * npm run translate, run as an editor runs it, against local fake servers that speak each
 * engine's API (tests/helpers/fake-translators.ts): no test calls a real service.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Repo, VI, EN, article } from './repo.ts';
import { parseArticleText } from '../../src/lib/content/parse-article.ts';
import { startFakeDeepl, startFakeGoogle, startFakeOpenAI } from '../helpers/fake-translators.ts';
import { ROOT } from '../helpers/fixture-site.ts';
import { spawnSync } from 'node:child_process';
import { visit } from 'unist-util-visit';
import { parseBody } from '../../src/lib/validate/body-html.ts';

/** Everything of a body but its text: node types, addresses, code, HTML, component names and untranslated props. */
function skeleton(body: string, mdx: boolean): string[] {
  const out: string[] = [];
  const TEXT_PROPS = new Set(['alt', 'caption', 'credit', 'cite', 'title']);
  visit(parseBody(body, mdx), (node: any) => {
    if (node.type === 'text' || node.type === 'root') return;
    const kept = ['code', 'inlineCode', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'].includes(node.type) ? node.value : '';
    const props = (node.attributes ?? []).map((a: any) => `${a.name}=${TEXT_PROPS.has(a.name) || typeof a.value !== 'string' ? '…' : a.value}`).join(' ');
    out.push([node.type, node.url ?? '', node.depth ?? '', node.lang ?? '', node.name ?? '', kept, props].join('|'));
  });
  return out;
}

const repos: Repo[] = [];
const closers: (() => Promise<void> | void)[] = [];
function repo(): Repo {
  const r = Repo.create({ git: false });
  repos.push(r);
  return r;
}
afterEach(async () => {
  for (const r of repos.splice(0)) r.dispose();
  for (const c of closers.splice(0)) await c();
});

const A = 'content/articles/2025/hue-toa-dam';
const JPEG = path.join(ROOT, 'tests/fixtures/site/articles/2025/quang-nam-mdx/anh.jpg');
const BODY = [
  '## Tọa đàm **hữu nghị**',
  '',
  'Đoàn Liên hiệp các tổ chức hữu nghị tỉnh Huế thăm [Lào](https://vi.wikipedia.org/wiki/Lào) và gặp `đại sứ`.',
  '',
  '![Hội trường lớn](anh.jpg)',
  '',
  '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Phim"></iframe>',
  '',
  'Đoạn cuối.',
].join('\n');
const GLOSSARY = 'Liên hiệp các tổ chức hữu nghị:\n  en: Union of Friendship Organizations\n  fr: Union des organisations d’amitié\n';

async function google(options: { key?: string } = {}) {
  const fake = await startFakeGoogle({ key: options.key ?? 'test-key' });
  closers.push(() => fake.close());
  return { fake, env: { GOOGLE_TRANSLATE_API_KEY: 'test-key', GOOGLE_TRANSLATE_ENDPOINT: fake.url, TRANSLATE_RETRY_BASE_MS: '5' } };
}

const translationOf = (r: Repo, locale: string, ext = 'md') => parseArticleText(r.read(`${A}/${locale}.${ext}`));
/** The text segments a fake server was sent, over all its requests. */
const sentTexts = (requests: { body: any }[]) => requests.flatMap((q) => q.body.q ?? q.body.text ?? []);

describe('npm run translate', () => {
  it('writes every missing translation with its notice fields, keeping structure, links and the glossary names', async () => {
    const r = repo()
      .write(`${A}/vi.md`, VI({ summary: '"Tóm tắt."' }, BODY))
      .write('content/glossary.yaml', GLOSSARY);
    fs.copyFileSync(JPEG, path.join(r.dir, A, 'anh.jpg'));
    const { fake, env } = await google();
    const run = await r.runAsync('translate', ['--lang', 'en,fr'], env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('[1/2] hue-toa-dam → en: written');
    const en = translationOf(r, 'en');
    // Huế is the province: its English name comes from provinces.yaml, never from the engine.
    expect(en.data).toMatchObject({
      title: 'Hue[en]  tọa đàm hữu nghị',
      summary: '[en] Tóm tắt.',
      translation: 'machine',
      translator: 'Google Cloud Translation',
    });
    expect(en.data.source_version).toMatch(/^[0-9a-f]{12}$/);
    expect(en.body).toContain('## \\[en\\] Tọa đàm **\\[en\\] hữu nghị**');
    expect(en.body).toContain('Union of Friendship Organizations');
    expect(en.body).toContain('](https://vi.wikipedia.org/wiki/Lào)');
    expect(en.body).toContain('`đại sứ`');
    expect(en.body).toContain('![\\[en\\] Hội trường lớn](anh.jpg)');
    expect(en.body).toContain('<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Phim"></iframe>');
    expect(translationOf(r, 'fr').body).toContain('Union des organisations d’amitié');
    // Glossary terms and code never reach the engine.
    const sent = sentTexts(fake.requests).join('\n');
    expect(sent).not.toContain('Liên hiệp');
    expect(sent).not.toContain('đại sứ');
    expect(sent).not.toContain('youtube');
    // The result passes npm run check, and translation-status counts it as awaiting review.
    const check = r.run('translation-status', ['--json', '--lang', 'en']);
    expect(JSON.parse(check.stdout).totals.en).toMatchObject({ machine: 1, missing: 0, stale: 0 });
  });

  it('refreshes a stale machine translation, and leaves human and edited ones alone, saying so', async () => {
    const r = repo().write(`${A}/vi.md`, VI({}, 'Đoạn một.\n\nĐoạn hai.'));
    const { env } = await google();
    expect((await r.runAsync('translate', ['--lang', 'en,fr,zh'], env)).status).toBe(0);
    // fr: an editor fixed the machine translation; zh: replaced by a human one.
    r.write(`${A}/fr.md`, r.read(`${A}/fr.md`).replace('\\[fr\\] Đoạn một.', 'Premier paragraphe.'));
    r.write(`${A}/zh.md`, article({ title: '顺化友好座谈会', translator: 'Lý Minh' }, '第一段。'));
    const frBefore = r.read(`${A}/fr.md`);
    const zhBefore = r.read(`${A}/zh.md`);
    r.write(`${A}/vi.md`, VI({}, 'Đoạn một.\n\nĐoạn hai, đã sửa.'));
    const run = await r.runAsync('translate', ['--lang', 'en,fr,zh'], env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('hue-toa-dam → en: refreshed');
    expect(translationOf(r, 'en').body).toContain('\\[en\\] Đoạn hai, đã sửa.');
    expect(r.read(`${A}/fr.md`)).toBe(frBefore);
    expect(r.read(`${A}/zh.md`)).toBe(zhBefore);
    expect(run.stdout).toMatch(/fr\.md: left alone: edited since it was machine-translated, and its source has changed since/);
    expect(run.stdout).toMatch(/zh\.md: left alone: a human translation/);
  });

  it('sends only the changed paragraph after an edit, and nothing on a second run', async () => {
    const r = repo().write(`${A}/vi.md`, VI({}, 'Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba.'));
    const { fake, env } = await google();
    await r.runAsync('translate', ['--lang', 'en'], env);
    fake.requests.length = 0;
    r.write(`${A}/vi.md`, VI({}, 'Đoạn một.\n\nĐoạn hai, mới.\n\nĐoạn ba.'));
    const run = await r.runAsync('translate', ['--lang', 'en'], env);
    expect(run.status, run.stderr).toBe(0);
    expect(sentTexts(fake.requests)).toEqual(['Đoạn hai, mới.']);
    fake.requests.length = 0;
    expect((await r.runAsync('translate', ['--lang', 'en'], env)).stdout).toContain('0 files written');
    expect(fake.requests).toHaveLength(0);
  });

  it('prints per language what would be sent, and sends nothing, on --dry-run', async () => {
    const r = repo().write(`${A}/vi.md`, VI({}, 'Đoạn một.\n\nĐoạn hai.'));
    const { fake, env } = await google();
    const run = await r.runAsync('translate', ['--dry-run', '--lang', 'en,lo'], env);
    expect(run.status, run.stderr).toBe(0);
    // The title's province is a glossary tag in English (Huế → Hue), text in Lao (no Lao name in provinces.yaml).
    expect(run.stdout).toContain('en: 1 file, 3 segments, 46 characters to send');
    expect(run.stdout).toContain('lo: 1 file, 3 segments, 38 characters to send');
    expect(run.stdout).toContain('84 characters in all');
    expect(fake.requests).toHaveLength(0);
    expect(fs.existsSync(path.join(r.dir, A, 'en.md'))).toBe(false);
  });

  it('retries after a 429 and then succeeds', async () => {
    const r = repo().write(`${A}/vi.md`, VI());
    const { fake, env } = await google();
    fake.failNext(429, 2, { 'Retry-After': '0' });
    const run = await r.runAsync('translate', ['--lang', 'en'], env);
    expect(run.status, run.stderr).toBe(0);
    expect(fake.requests.length).toBe(3);
    expect(translationOf(r, 'en').data.translation).toBe('machine');
  });

  it('leaves every file as it was on a bad key, and on a timeout, with one clear line', async () => {
    const r = repo()
      .write(`${A}/vi.md`, VI())
      .write(`${A}/en.md`, EN({ translation: 'machine' }));
    const before = r.read(`${A}/en.md`);
    const { env } = await google({ key: 'the-right-key' });
    const bad = await r.runAsync('translate', ['--lang', 'en,fr'], { ...env, GOOGLE_TRANSLATE_API_KEY: 'wrong-key' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('GOOGLE_TRANSLATE_API_KEY');
    expect(bad.stderr).not.toContain('wrong-key');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const slow = await google();
    slow.fake.hang(true);
    const timeout = await r.runAsync('translate', ['--lang', 'fr'], { ...slow.env, TRANSLATE_TIMEOUT_MS: '300' });
    expect(timeout.status).toBe(1);
    expect(timeout.stderr).toMatch(/within/);
    expect(r.read(`${A}/en.md`)).toBe(before);
    expect(fs.readdirSync(path.join(r.dir, A)).sort()).toEqual(['en.md', 'vi.md']);
  });

  it('translates MDX text props and keeps imports, components and other props', async () => {
    const mdx = [
      "import anh from './anh.jpg';",
      '',
      '<Figure src={anh} alt="Hội trường" caption="Khai mạc" />',
      '',
      '<Video provider="youtube" id="abc123" title="Phim tư liệu" />',
      '',
      '<PullQuote cite="Ông Sơn">Hữu nghị là nền tảng.</PullQuote>',
    ].join('\n');
    const r = repo().write(`${A}/vi.mdx`, VI({}, mdx));
    fs.copyFileSync(JPEG, path.join(r.dir, A, 'anh.jpg'));
    const { env } = await google();
    const run = await r.runAsync('translate', ['--lang', 'km'], env);
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const km = translationOf(r, 'km', 'mdx');
    expect(km.body).toContain("import anh from './anh.jpg';");
    expect(km.body).toContain('<Figure src={anh} alt="[km] Hội trường" caption="[km] Khai mạc" />');
    expect(km.body).toContain('<Video provider="youtube" id="abc123" title="[km] Phim tư liệu" />');
    expect(km.body).toContain('<PullQuote cite="[km] Ông Sơn">\\[km\\] Hữu nghị là nền tảng.</PullQuote>');
  });

  it('uses DeepL, which refuses Lao and Khmer with a clear line', async () => {
    const r = repo().write(`${A}/vi.md`, VI());
    const fake = await startFakeDeepl({ key: 'k:fx' });
    closers.push(() => fake.close());
    const run = await r.runAsync('translate', ['--engine', 'deepl', '--lang', 'en,lo'], { DEEPL_AUTH_KEY: 'k:fx', DEEPL_ENDPOINT: fake.url });
    expect(run.status, run.stderr).toBe(0);
    expect(translationOf(r, 'en').data.translator).toBe('DeepL');
    expect(run.stdout).toMatch(/lo: not translated: DeepL does not translate Lao/);
    expect(fs.existsSync(path.join(r.dir, A, 'lo.md'))).toBe(false);
  });

  it('uses an OpenAI-compatible server, naming the model', async () => {
    const r = repo().write(`${A}/vi.md`, VI());
    const fake = await startFakeOpenAI({ key: 'sk-test' });
    closers.push(() => fake.close());
    const run = await r.runAsync('translate', ['--lang', 'lo'], { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'qwen2.5:7b' });
    expect(run.status, run.stderr).toBe(0);
    expect(String(translationOf(r, 'lo').data.translator)).toContain('qwen2.5:7b');
  });

  it('can be interrupted and resumed without a half-written file', async () => {
    const r = repo();
    for (const slug of ['mot', 'hai', 'ba']) r.write(`content/articles/2025/${slug}/vi.md`, VI({}, `Bài ${slug}.`));
    const { fake, env } = await google();
    const first = await r.runAsync('translate', ['--lang', 'en'], env, { afterOutput: /\[1\/3\]/, signal: 'SIGINT' });
    expect(first.status).not.toBe(0);
    const written = ['mot', 'hai', 'ba'].filter((s) => fs.existsSync(path.join(r.dir, 'content/articles/2025', s, 'en.md')));
    for (const s of written) expect(parseArticleText(r.read(`content/articles/2025/${s}/en.md`)).data.translation).toBe('machine');
    const sentBefore = fake.requests.length;
    const second = await r.runAsync('translate', ['--lang', 'en'], env);
    expect(second.status, second.stderr).toBe(0);
    expect(fake.requests.length - sentBefore).toBe(3 - written.length);
    expect(fs.readdirSync(path.join(r.dir, 'content/articles/2025')).every((s) => fs.existsSync(path.join(r.dir, 'content/articles/2025', s, 'en.md')))).toBe(
      true,
    );
  });

  it.each(['content', 'tests/fixtures/site'])(
    'keeps the structure, links and code of every article of %s, and what it writes passes npm run check',
    async (folder) => {
      const r = repo();
      fs.cpSync(path.join(ROOT, folder), path.join(r.dir, 'content'), { recursive: true });
      const { env } = await google();
      const run = await r.runAsync('translate', ['--lang', 'km'], env);
      expect(run.status, run.stderr).toBe(0);
      const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check.ts')], {
        cwd: r.dir,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: path.join(r.dir, 'content') },
      });
      expect(check.status, check.stdout).toBe(0);
      let compared = 0;
      let mdx = 0;
      for (const line of run.stdout.split('\n').filter((l) => l.includes('→ km: written'))) {
        const slug = /\] (\S+) → km/.exec(line)![1];
        const dir = fs
          .readdirSync(path.join(r.dir, 'content/articles'))
          .map((y) => path.join(r.dir, 'content/articles', y, slug))
          .find((d) => fs.existsSync(d))!;
        const ext = fs.existsSync(path.join(dir, 'vi.mdx')) ? '.mdx' : '.md';
        const source = parseArticleText(fs.readFileSync(path.join(dir, `vi${ext}`), 'utf8'));
        const km = parseArticleText(fs.readFileSync(path.join(dir, `km${ext}`), 'utf8'));
        expect(skeleton(km.body, ext === '.mdx'), `${slug}/km${ext}`).toEqual(skeleton(source.body, ext === '.mdx'));
        compared++;
        if (ext === '.mdx') mdx++;
      }
      expect(compared).toBeGreaterThan(folder === 'content' ? 10 : 5);
      // The fixture site's two MDX articles (components, imports, embeds and HTML among them).
      if (folder !== 'content') expect(mdx).toBe(2);
    },
  );
});
