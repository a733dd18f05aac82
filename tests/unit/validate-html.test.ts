import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../src/lib/validate/html.ts';
import { readBody } from '../../src/lib/validate/body.ts';
import type { ArticleFile } from '../../src/lib/validate/file.ts';

const options = { embedHosts: ['player.vimeo.com'], components: ['Figure', 'Gallery', 'PullQuote', 'Video'] };
function run(body: string, mdx = true) {
  const f: ArticleFile = { file: mdx ? 'a/vi.mdx' : 'a/vi.md', folder: 'a', slug: 'a', locale: 'vi', ext: mdx ? '.mdx' : '.md', data: {}, bodyLine: 8 };
  return checkHtml(f, readBody(body, mdx, 8, options.embedHosts, options.components), options);
}

describe('checkHtml', () => {
  it('warns, without failing, about HTML the page will not carry', () => {
    const problems = run('<script>x</script>\n\n<iframe src="https://www.facebook.com/v"></iframe>\n', false);
    expect(problems.map((p) => [p.severity, p.line, p.message])).toEqual([
      ['warning', 8, '<script> is removed from the page when it is published'],
      ['warning', 10, 'the embed "https://www.facebook.com/v" is removed from the page: embeds are allowed only over https from player.vimeo.com'],
    ]);
  });

  it('fails on MDX the build cannot compile', () => {
    expect(run('<Video title="x">\n')).toMatchObject([{ severity: 'error', line: 8, message: expect.stringMatching(/^the MDX does not compile \(/) }]);
  });

  it('fails on a component that does not exist, suggesting the nearest', () => {
    expect(run('<PullQoute>x</PullQoute>\n')).toMatchObject([
      { severity: 'error', message: '<PullQoute> is not one of the article components', fix: 'did you mean <PullQuote>?' },
    ]);
    expect(run('<Carousel />\n')[0].fix).toBe('use <Figure>, <Gallery>, <PullQuote>, <Video> (see README.md)');
  });

  it('fails on imports of code, exports and expressions, saying each once', () => {
    const problems = run("import Evil from '../../../src/x.astro';\nexport const s = <script />;\n\n{<b>x</b>}\n");
    expect(problems.map((p) => [p.severity, p.line, p.message])).toEqual([
      ['error', 8, 'an MDX article may import only pictures beside it, not "../../../src/x.astro": it points outside the article folder'],
      ['error', 9, 'an MDX article may not export anything (an export runs code)'],
      ['error', 11, 'a {…} in the text runs code, which an MDX article may not contain'],
    ]);
  });

  it('fails on a Video from a host that is not allowed, or without a title', () => {
    const problems = run('<Video src="https://evil.example.com/v/1" title="t" />\n<Video provider="vimeo" id="1" />\n');
    expect(problems.map((p) => [p.line, p.message]).sort()).toEqual([
      [8, '<Video> plays only https addresses from player.vimeo.com, not "https://evil.example.com/v/1"'],
      [9, '<Video> has no title'],
    ]);
  });

  it('reports a tel: link as kept and a javascript: link as removed', () => {
    expect(run('[Gọi](tel:+842343822222) [x](javascript:alert(1))\n', false).map((p) => p.message)).toEqual([
      'the link "javascript:alert(1)" is removed from the page (only http, https, mailto and tel links are kept)',
    ]);
  });

  it('fails on a component written in a Markdown file, pointing to .mdx', () => {
    expect(run('Ảnh:\n\n<Figure src="anh.jpg" alt="a" />\n', false)).toMatchObject([
      {
        severity: 'error',
        line: 10,
        message: '<Figure> works only in an MDX article, and this file is Markdown',
        fix: 'rename the file to vi.mdx (the components need no import)',
      },
    ]);
  });

  it('accepts the documented components', () => {
    expect(
      run('import a from \'./a.jpg\';\n\n<Figure src={a} alt="x" />\n<PullQuote cite="A">Q</PullQuote>\n<Video provider="youtube" id="x" title="t" />\n'),
    ).toEqual([]);
  });
});
