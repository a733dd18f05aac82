import { describe, expect, it } from 'vitest';
import { compileMdx, renderMarkdown } from '../helpers/markdown.ts';
import { parseBody, removedFromBody, type BodyRemoval } from '../../src/lib/validate/body-html.ts';
import { MDX_COMPONENTS } from '../../src/lib/markdown/mdx-components.ts';
import site from '../../src/data/site.json' with { type: 'json' };

const OPTIONS = { embedHosts: site.embedHosts, components: MDX_COMPONENTS };
const ALLOWED = 'https://www.youtube-nocookie.com/embed/abc';

/** What the sanitiser removes from a Markdown body that starts on line 1 of its file. */
const md = (body: string, firstLine = 1) => removedFromBody(parseBody(body, false), body, false, firstLine, OPTIONS);
/** The same for MDX. */
const mdx = (body: string, firstLine = 1) => removedFromBody(parseBody(body, true), body, true, firstLine, OPTIONS);

/** How a removal would show in a built page if it were still there: '<script', 'onclick', the URL. */
function inPage(r: BodyRemoval): string {
  return r.what === 'tag' ? r.detail.slice(0, -1) : r.detail;
}

/** How a removal would show in a compiled MDX module: '"script"' (a JSX element's name), 'onClick', 'set:html', the URL. */
function inModule(r: BodyRemoval): string {
  return r.what === 'tag' ? `"${r.detail.slice(1, -1)}"` : r.detail;
}

describe('what the sanitiser reports removing from Markdown', () => {
  it('reports a script with its content, on its line', () => {
    expect(md('Đoạn.\n\n<script>alert(1)</script>\n')).toEqual([{ what: 'tag', detail: '<script>', line: 3 }]);
  });

  it('reports event handlers, also inside a multi-line HTML block, on the line of their tag', () => {
    expect(md('Xin <b onclick="steal()">chào</b>\n')).toEqual([{ what: 'handler', detail: 'onclick', line: 1 }]);
    const body = 'Một.\n\nHai.\n\nBa.\n\n<div>\n<p onmouseover="x()">Văn bản</p>\n</div>\n';
    expect(md(body)).toEqual([{ what: 'handler', detail: 'onmouseover', line: 8 }]);
    expect(md('Một.\n\nHai.\n\nBa.\n\n<p onclick="x()">Bảy</p>\n')).toEqual([{ what: 'handler', detail: 'onclick', line: 7 }]);
  });

  it('gives the file’s lines when the body starts further down', () => {
    expect(md('Đoạn.\n\n<p onclick="x()">a</p>\n', 12)).toEqual([{ what: 'handler', detail: 'onclick', line: 14 }]);
  });

  it('reports javascript: links however they are disguised', () => {
    expect(md('[j](javascript:alert(1))\n')).toEqual([{ what: 'url', detail: 'javascript:alert(1)', line: 1 }]);
    expect(md('<a href="JaVaScRiPt:alert(1)">k</a>\n')).toEqual([{ what: 'url', detail: 'JaVaScRiPt:alert(1)', line: 1 }]);
    expect(md('<a href="java\tscript:alert(1)">k</a>\n')).toEqual([{ what: 'url', detail: 'java\tscript:alert(1)', line: 1 }]);
  });

  it('keeps tel: and mailto: links without a word', () => {
    expect(md('[Gọi](tel:+842838221234) <a href="tel:+84-24-3825-1234">Hà Nội</a> [Thư](mailto:a@b.vn) <a href="mailto:c@d.vn">c</a>\n')).toEqual([]);
  });

  it('reports iframes from hosts that are not allowed, and keeps the others', () => {
    expect(md(`<iframe src="https://evil.example.com/x"></iframe>\n<iframe src="${ALLOWED}" title="Phim" frameborder="0" allowfullscreen></iframe>\n`)).toEqual(
      [{ what: 'embed', detail: 'https://evil.example.com/x', line: 1 }],
    );
    expect(md('<iframe src="http://player.vimeo.com/video/1"></iframe>\n')).toEqual([{ what: 'embed', detail: 'http://player.vimeo.com/video/1', line: 1 }]);
  });

  it('reports inline styles, and unwrapped tags such as <form>, but not classes or data-*', () => {
    expect(md('<p style="color:red" class="note" data-x="1">Văn bản</p>\n\n<form action="/x"><b>Giữ</b></form>\n')).toEqual([
      { what: 'attribute', detail: 'style', line: 1 },
      { what: 'tag', detail: '<form>', line: 3 },
    ]);
  });

  it('reports each removed tag once inside one removed element', () => {
    expect(md('<svg><path d="M0"/><path d="M1"/></svg>\n')).toEqual([
      { what: 'tag', detail: '<svg>', line: 1 },
      { what: 'tag', detail: '<path>', line: 1 },
    ]);
  });

  it('reports nothing for what Markdown itself makes (GFM tables, task lists, footnotes, code)', () => {
    const body =
      '# Tiêu đề\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] xong\n- [ ] chưa\n\nChú thích[^1] www.example.com ~~cũ~~\n\n```js\nconst a = 1;\n```\n\n![Ảnh](a.jpg "t")\n\n[^1]: Ghi chú.\n';
    expect(md(body)).toEqual([]);
  });

  it('finishes on a tag that never closes (the old regex backtracked for ever)', () => {
    for (const n of [40, 5000]) {
      const attributes = ' a="x"'.repeat(n);
      expect(Array.isArray(md(`<div${attributes}`))).toBe(true);
      expect(Array.isArray(md(`Văn bản <span${attributes}`))).toBe(true);
      // In MDX it is a syntax error, found as quickly (readBody reports it).
      expect(() => parseBody(`<div${attributes}`, true)).toThrow();
    }
  });
});

describe('what the sanitiser reports removing from MDX', () => {
  it('reports handlers on HTML written as JSX, as written', () => {
    expect(mdx('Xin <b onClick="x()">chào</b>\n')).toEqual([{ what: 'handler', detail: 'onClick', line: 1 }]);
  });

  it('reports scripts, unsafe links, styles and embeds like Markdown', () => {
    expect(
      mdx(
        '<script>alert(2)</script>\n\n<a href="javascript:x()" style="color:red">k</a> <a href="tel:+84123">t</a>\n\n<iframe src="https://evil.example.com/" />\n',
      ),
    ).toEqual([
      { what: 'tag', detail: '<script>', line: 1 },
      { what: 'url', detail: 'javascript:x()', line: 3 },
      { what: 'attribute', detail: 'style', line: 3 },
      { what: 'embed', detail: 'https://evil.example.com/', line: 5 },
    ]);
  });

  it('reports the code a policy should have refused: expressions, exports, spreads, directives', () => {
    const body =
      'import anh from \'./anh.jpg\';\nexport const year = 2025;\n\nNăm {year} {/* ghi chú */}\n\n<Figure src={anh} alt="Ảnh" set:html="<i>x</i>" {...props} />\n\n<Khac>nội dung</Khac>\n\n<b\n  title="t" {...props}>b</b>\n';
    expect(mdx(body, 5)).toEqual([
      { what: 'code', detail: 'export const year = 2025;', line: 6 },
      { what: 'code', detail: '{year}', line: 8 },
      { what: 'attribute', detail: 'set:html', line: 10 },
      { what: 'attribute', detail: '{...props}', line: 10 },
      { what: 'tag', detail: '<Khac>', line: 12 },
      { what: 'attribute', detail: '{...props}', line: 15 },
    ]);
  });

  it('leaves MDX that does not compile to readBody, which reports the syntax error', () => {
    expect(() => parseBody('<PullQuote>Hữu nghị\n\nĐoạn.\n', true)).toThrow(/closing tag/);
  });
});

describe('the report and the build agree', () => {
  const markdownCases: { body: string; kept: string[] }[] = [
    {
      body: 'Xin <b onclick="steal()" title="t">chào</b> [j](javascript:alert(1)) <a href="JaVaScRiPt:alert(1)">k</a>\n\n<script>alert(1)</script>\n\n<p style="color:red" onmouseover="x()" lang="fr">Văn bản</p>\n',
      kept: ['<b title="t">chào</b>', '<a>j</a>', '<a>k</a>', '<p lang="fr">Văn bản</p>'],
    },
    {
      body: `[Gọi](tel:+842838221234) [Thư](mailto:a@b.vn)\n\n<iframe src="https://evil.example.com/x"></iframe>\n<iframe src="${ALLOWED}" title="Phim"></iframe>\n`,
      kept: ['href="tel:+842838221234"', 'href="mailto:a@b.vn"', `src="${ALLOWED}"`],
    },
    {
      body: '<form action="/gui"><input type="checkbox" disabled><b>Giữ</b></form>\n\n<div>\n<a href="https://example.org/" target="_blank" onclick="x()">ngoài</a>\n</div>\n',
      kept: ['<b>Giữ</b>', 'href="https://example.org/"'],
    },
  ];

  for (const [index, { body, kept }] of markdownCases.entries()) {
    it(`Markdown case ${index + 1}: the page lacks what is reported and keeps what is not`, async () => {
      const removed = md(body);
      expect(removed.length).toBeGreaterThan(0);
      const html = await renderMarkdown(body);
      for (const r of removed) expect(html.toLowerCase()).not.toContain(inPage(r).toLowerCase());
      for (const k of kept) expect(html).toContain(k);
    });
  }

  it('MDX: the compiled module lacks what is reported and keeps what is not', async () => {
    const body =
      'import anh from \'./anh.jpg\';\n\nXin <b onClick="steal()" title="t">chào</b> <a href="tel:+84123">gọi</a>\n\n<script>alert(2)</script>\n\n<Figure src={anh} alt="Ảnh" set:html="<i>x</i>" />\n\n<iframe src="https://evil.example.com/" />\n';
    const removed = mdx(body);
    expect(removed.map((r) => r.what)).toEqual(['handler', 'tag', 'attribute', 'embed']);
    const code = await compileMdx(body);
    for (const r of removed) expect(code).not.toContain(inModule(r));
    expect(code).toContain('title: "t"');
    expect(code).toContain('href: "tel:+84123"');
    expect(code).toMatch(/_jsx\(Figure, \{\s*src: anh,\s*alt: "Ảnh"\s*\}/);
  });
});
