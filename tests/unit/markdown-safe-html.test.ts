import { describe, expect, it } from 'vitest';
import { compileMdx, renderMarkdown } from '../helpers/markdown.ts';
import { allowedEmbed } from '../../src/lib/markdown/rehype-safe-html.ts';
import { containsJsx } from '../../src/lib/markdown/mdx-sanitize.ts';
import { MDX_COMPONENTS } from '../../src/lib/markdown/mdx-components.ts';
import fs from 'node:fs';
import path from 'node:path';

describe('raw HTML in Markdown', () => {
  it('removes scripts, event handlers, styles and javascript: URLs, and keeps the text', async () => {
    const html = await renderMarkdown(
      'Xin <b onclick="steal()">chào</b> [j](javascript:alert(1)) <a href="JaVaScRiPt:alert(1)">k</a>\n\n<script>alert(1)</script>\n\n<p style="color:red" onmouseover="x()">Văn bản</p>\n',
    );
    expect(html).toContain('Xin <b>chào</b>');
    expect(html).toContain('<p>Văn bản</p>');
    expect(html).not.toMatch(/script|onclick|onmouseover|javascript|style=/i);
  });

  it('keeps tel: and mailto: links (newsrooms publish phone numbers)', async () => {
    const html = await renderMarkdown('[Gọi](tel:+842838221234) <a href="tel:+84-24-3825-1234">Hà Nội</a> [Thư](mailto:toa-soan@example.vn)\n');
    expect(html).toContain('<a href="tel:+842838221234">Gọi</a>');
    expect(html).toContain('<a href="tel:+84-24-3825-1234">Hà Nội</a>');
    expect(html).toContain('<a href="mailto:toa-soan@example.vn">Thư</a>');
  });

  it('keeps iframes only from the allowed hosts, over https, lazy-loaded', async () => {
    const html = await renderMarkdown(
      '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Phim"></iframe>\n<iframe src="https://evil.example.com/x"></iframe>\n<iframe src="http://player.vimeo.com/video/1"></iframe>\n',
    );
    expect(html.match(/<iframe/g)).toHaveLength(1);
    expect(html).toContain('src="https://www.youtube-nocookie.com/embed/abc"');
    expect(html).toContain('loading="lazy"');
  });

  it('gives links to other sites rel="noopener noreferrer" and leaves our own links alone', async () => {
    const html = await renderMarkdown('[ngoài](https://example.org/) [trong](/vi/provinces/hue/)\n');
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">ngoài</a>');
    expect(html).toContain('<a href="/vi/provinces/hue/">trong</a>');
  });

  it('judges embed hosts by exact host name and https', () => {
    const hosts = ['www.youtube-nocookie.com', 'player.vimeo.com'];
    expect(allowedEmbed('https://player.vimeo.com/video/1', hosts)).toBe(true);
    expect(allowedEmbed('https://player.vimeo.com.evil.example/video/1', hosts)).toBe(false);
    expect(allowedEmbed('http://player.vimeo.com/video/1', hosts)).toBe(false);
    expect(allowedEmbed('not a url', hosts)).toBe(false);
  });
});

describe('MDX articles', () => {
  it('give HTML written as JSX the same schema as Markdown', async () => {
    const code = await compileMdx(
      'Xin <b onClick="steal()">chào</b> [j](javascript:alert(1))\n\n<script>alert(2)</script>\n\n<a href="javascript:alert(3)" {...props}>k</a>\n\n<iframe src="https://evil.example.com/"></iframe>\n',
    );
    expect(code).not.toMatch(/onClick|alert|javascript|"script"|evil/);
    expect(code).toContain('children: "chào"');
  });

  it('keep the article components, without set:html, and unwrap other components', async () => {
    const code = await compileMdx(
      'import anh from \'./anh.jpg\';\n\n<Figure src={anh} alt="Ảnh" />\n\n<PullQuote set:html="<script>x</script>" cite="A">Trích</PullQuote>\n\n<Khac>nội dung</Khac>\n\n<Fragment set:html="<script>y</script>" />\n',
    );
    expect(code).toContain("import anh from './anh.jpg';");
    expect(code).toMatch(/_jsx\(Figure, \{\s*src: anh,\s*alt: "Ảnh"/);
    expect(code).toMatch(/PullQuote, \{\s*cite: "A"/);
    expect(code).toContain('"nội dung"');
    expect(code).not.toMatch(/set:html|<script>|Khac|Fragment, \{\s*"set/);
  });

  it('drop every expression and every statement but imports (a policy refuses them first; this is the defence behind it)', async () => {
    const code = await compileMdx(
      'import anh from \'./anh.jpg\';\nexport const year = 2025;\nexport const bad = <script>alert(1)</script>;\n\nNăm {year} {<iframe src="https://evil.example.com/" />} {/* ghi chú */}\n\n<Figure src={anh} alt="Ảnh" caption={<script>alert(4)</script>} client:load {...props} />\n',
    );
    expect(code).toContain("import anh from './anh.jpg';");
    expect(code).toMatch(/_jsx\(Figure, \{\s*src: anh,\s*alt: "Ảnh"\s*\}/);
    expect(code).not.toMatch(/year|alert|evil|ghi chú|client/);
    expect(containsJsx({ type: 'Program', body: [{ type: 'ExpressionStatement', expression: { type: 'JSXElement' } }] })).toBe(true);
    expect(containsJsx({ type: 'Program', body: [{ type: 'ExpressionStatement', expression: { type: 'Identifier', name: 'year' } }] })).toBe(false);
  });

  it('list the same components as src/components/mdx provides', () => {
    const dir = path.join(import.meta.dirname, '../../src/components/mdx');
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.astro'))
      .map((f) => f.replace('.astro', ''));
    expect([...MDX_COMPONENTS].sort()).toEqual(files.sort());
    expect(fs.readFileSync(path.join(dir, 'index.ts'), 'utf8')).toContain(`{ ${MDX_COMPONENTS.join(', ')} }`);
  });
});
