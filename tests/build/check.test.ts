import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../helpers/fixture-site.ts';

const FIXTURES = path.join('tests', 'fixtures', 'errors');

/** Run `npm run check`'s script on a fixture folder, as an editor would. */
function check(name: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: path.join(FIXTURES, name), ...env },
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

const article = (name: string, rel: string) => path.join(FIXTURES, name, 'articles', rel);

describe('npm run check', () => {
  it.each([
    ['yaml-broken', `${article('yaml-broken', '2025/tin-hong/vi.md')}:2  front-matter  error: the front-matter is not valid YAML`],
    ['missing-field', `${article('missing-field', '2025/thieu-truong/vi.md')}:1  province  error: the source article needs "province"`],
    ['bad-date', `${article('bad-date', '2025/sai-ngay/vi.md')}:3  date  error: "2025-02-30" is not a real date`],
    [
      'unknown-province',
      `${article('unknown-province', '2025/sai-tinh/vi.md')}:4  province  error: the province "khanh-hao" is not in provinces.yaml  → did you mean "khanh-hoa"?`,
    ],
    ['unknown-language', `${article('unknown-language', '2025/sai-ngon-ngu/de.md')}:1  file  error: "de" is not a configured language`],
    ['duplicate-slug', `${article('duplicate-slug', '2025/trung-ten/vi.md')}  folder  error: another article has the same folder name`],
    ['missing-source', `${article('missing-source', '2025/thieu-ban-goc/en.md')}:1  file  error: this translation has no source article`],
    ['image-missing', `${article('image-missing', '2025/thieu-anh/vi.md')}:7  image  error: the image "cover.jpg" does not exist`],
    ['image-no-alt', `${article('image-no-alt', '2025/anh-khong-mo-ta/vi.md')}:7  image  error: the cover image has no alt text`],
    ['not-utf8', `${article('not-utf8', '2025/sai-ma/vi.md')}  file  error: the file is not valid UTF-8 text`],
    ['unknown-field', `${article('unknown-field', '2025/truong-la/vi.md')}:4  provice  error: unknown field "provice"  → did you mean "province"?`],
    [
      'bad-slug',
      `${article('bad-slug', '2025/Tin Huế/vi.md')}  folder  error: the folder name "Tin Huế" is not a valid slug  → rename the folder to "tin-hue"`,
    ],
    [
      'image-body-no-alt',
      `${article('image-body-no-alt', '2025/anh-than-bai/vi.md')}:10  body  error: the image "anh.png" has no alt text  → write a description between the brackets`,
    ],
    ['mdx-broken', `${article('mdx-broken', '2025/mdx-hong/vi.mdx')}:10  body  error: the MDX does not compile (Expected a closing tag for \`<PullQuote>\``],
    [
      'mdx-unsafe',
      `${article('mdx-unsafe', '2025/mdx-nguy-hiem/vi.mdx')}:13  body  error: <Figur> is not one of the article components  → did you mean <Figure>?`,
    ],
  ])('reports %s with file, line, field and what to do, and fails', (name, line) => {
    const { status, out } = check(name);
    expect(status).toBe(1);
    expect(out).toContain(line);
    expect(out).toMatch(/check: [1-9]\d* errors?, /);
    expect(out).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
  });

  it('reports a body image that is missing, on its own line', () => {
    expect(check('image-missing').out).toContain(
      `${article('image-missing', '2025/thieu-anh/vi.md')}:12  body  error: the image "hoi-truong.jpg" does not exist`,
    );
  });

  it('reports every unsafe thing in an MDX article, each on its line', () => {
    const { out } = check('mdx-unsafe');
    const file = article('mdx-unsafe', '2025/mdx-nguy-hiem/vi.mdx');
    expect(out).toContain(`${file}:9  body  error: the image "./khong-co.jpg" does not exist beside the article`);
    expect(out).toContain(
      `${file}:10  body  error: an MDX article may import only pictures beside it, not "../../../../../../src/components/Header.astro": it points outside the article folder`,
    );
    expect(out).toContain(`${file}:11  body  error: an MDX article may not export anything (an export runs code)`);
    expect(out).toContain(`${file}:13  body  error: <Figur> is not one of the article components  → did you mean <Figure>?`);
    expect(out).toContain(`${file}:15  body  error: <Figure> has no alt`);
    expect(out).toContain(`${file}:17  body  error: a {…} in the text runs code, which an MDX article may not contain`);
    expect(out).toContain('check: 6 errors, 0 warnings in 1 file');
  });

  it('warns about HTML that will be removed from the page, without failing', () => {
    const { status, out } = check('html-removed');
    const file = article('html-removed', '2025/nhung-ma/vi.md');
    expect(status).toBe(0);
    expect(out).toContain(`${file}:10  body  warning: <script> is removed from the page when it is published`);
    expect(out).toContain(`${file}:12  body  warning: the attribute onclick (a script) is removed from the page`);
    expect(out).toContain(`${file}:14  body  warning: the link "javascript:alert(1)" is removed from the page`);
    expect(out).toContain(`${file}:16  body  warning: the embed "https://www.facebook.com/plugins/video.php?href=x" is removed from the page`);
    expect(out).toContain('check: 0 errors, 4 warnings in 1 file');
  });

  it('warns about a missing summary, a very long title and a tag written two ways, without failing', () => {
    const { status, out } = check('warnings');
    expect(status).toBe(0);
    expect(out).toContain(`${article('warnings', '2025/mot/vi.md')}:2  summary  warning: no summary`);
    expect(out).toContain(`${article('warnings', '2025/mot/vi.md')}:2  title  warning: the title is long (112 characters)`);
    expect(out).toContain(`${article('warnings', '2025/mot/vi.md')}:6  tags  warning: one tag is written in several ways: "hữu nghi", "Hữu nghị"`);
    expect(out).toContain('check: 0 errors, 3 warnings in 2 files');
  });

  it('prints nothing with --quiet-ok when all is fine, and the problems when not', () => {
    const quiet = (name: string) =>
      spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check.ts'), '--quiet-ok'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: path.join(FIXTURES, name) },
      });
    expect(quiet('valid-bom-crlf-nfd').stdout).toBe('');
    expect(quiet('warnings').stdout).toContain('check: 0 errors, 3 warnings');
    expect(quiet('bad-date').status).toBe(1);
  });

  it('lists every problem at once', () => {
    const { status, out } = check('many-mistakes');
    expect(status).toBe(1);
    expect(out).toContain('ba/vi.md:1  title  error: the required field "title" is missing');
    expect(out).toContain('hai/vi.md:4  province  error: the province "da-lat" is not in provinces.yaml');
    expect(out).toContain('mot/vi.md:3  date  error: "2025-13-01" is not a real date');
    expect(out).toContain('check: 3 errors, 0 warnings in 3 files');
  });

  it('reports drafts, future dates and a former province as warnings that do not fail', () => {
    const drafts = check('draft-future');
    expect(drafts.status).toBe(0);
    expect(drafts.out).toContain('ban-nhap/vi.md:7  draft  warning: draft: true');
    expect(drafts.out).toContain('tuong-lai/vi.md:3  date  warning: dated in the future (2030-01-01)');
    expect(check('draft-future', { PUBLISH_FUTURE: '1' }).out).not.toContain('dated in the future');
    const former = check('former-province');
    expect(former.status).toBe(0);
    expect(former.out).toContain('province  warning: "ninh-thuan" was merged into "khanh-hoa"');
  });

  it('accepts a BOM, CRLF line endings and decomposed Vietnamese', () => {
    const raw = fs.readFileSync(article('valid-bom-crlf-nfd', '2025/hop-le/vi.md'), 'utf8');
    expect(raw.startsWith('\uFEFF') && raw.includes('\r\n') && raw !== raw.normalize('NFC')).toBe(true);
    const { status, out } = check('valid-bom-crlf-nfd');
    expect(out).toContain('check: 0 errors, 0 warnings in 1 file');
    expect(status).toBe(0);
  });

  it('passes on the example newsroom content', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'content' },
    });
    expect(result.stdout).toMatch(/check: 0 errors/);
    expect(result.status).toBe(0);
  });
});

describe('npm run build with broken content', () => {
  it('stops before writing anything and shows the problems', () => {
    const result = buildSite(path.join(ROOT, FIXTURES, 'many-mistakes'), 'broken');
    expect(result.status).not.toBe(0);
    const out = result.stdout + result.stderr;
    expect(out).toContain('error: the province "da-lat" is not in provinces.yaml');
    expect(out).toMatch(/content: \d+ errors?, .* npm run build refuses to build until then/);
    expect(out).toContain('the site was not built; nothing more was done');
    expect(out).not.toMatch(/\n\s+at .*:\d+:\d+/); // no stack trace
    expect(fs.existsSync(result.dist)).toBe(false);
  });
});
