import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/lib/validate/body.ts';

const HOSTS = ['www.youtube-nocookie.com'];

describe('readBody on Markdown', () => {
  it('finds images with the file’s line numbers, skipping code blocks', () => {
    const facts = readBody('Văn bản\n\n![Hội trường](a.jpg "tiêu đề")\n\n```\n![](code.jpg)\n```\n\n<img src="b.png">\n', false, 8, HOSTS);
    expect(facts.images).toEqual([
      { src: 'a.jpg', alt: 'Hội trường', line: 10, how: 'markdown' },
      { src: 'b.png', alt: undefined, line: 16, how: 'html' },
    ]);
  });

  it('lists what the sanitiser will remove, on its line', () => {
    const facts = readBody(
      '<script>x()</script>\n\n<p onclick="steal()">a</p>\n\n[x](javascript:alert(1))\n\n<iframe src="https://evil.example.com/"></iframe>\n<iframe src="https://www.youtube-nocookie.com/embed/a"></iframe>\n',
      false,
      1,
      HOSTS,
    );
    expect(facts.removed).toEqual([
      { what: 'tag', detail: '<script>', line: 1 },
      { what: 'handler', detail: 'onclick', line: 3 },
      { what: 'url', detail: 'javascript:alert(1)', line: 5 },
      { what: 'embed', detail: 'https://evil.example.com/', line: 7 },
    ]);
  });

  it('treats Markdown that looks like MDX as text', () => {
    expect(readBody('Giá {100} và <Figure>', false, 1, HOSTS).syntax).toBeUndefined();
  });
});

describe('readBody on MDX', () => {
  it('gives a syntax error at the file’s line, without the body’s own positions', () => {
    const facts = readBody('Đoạn.\n\n<PullQuote>Hữu nghị\n\nĐoạn.\n', true, 8, HOSTS);
    expect(facts.syntax).toEqual({ reason: 'Expected a closing tag for `<PullQuote>` before the end of `paragraph`', line: 10 });
  });

  it('finds components and image imports, what the policy refuses and what the sanitiser removes', () => {
    const facts = readBody(
      'import anh from \'./anh.jpg\';\nimport X from \'some-package\';\nexport const y = <b />;\n\n<Figure src={anh} alt="a" />\n\nNăm {<i>x</i>} <b onMouseOver="x">b</b>\n',
      true,
      8,
      HOSTS,
      ['Figure'],
    );
    expect(facts.images).toEqual([{ src: './anh.jpg', line: 8, how: 'import' }]);
    expect(facts.policy.map((v) => [v.line, v.message])).toEqual([
      [9, 'an MDX article may import only pictures beside it, not "some-package": it is code or a package, not a picture beside the article'],
      [10, 'an MDX article may not export anything (an export runs code)'],
      [14, 'a {…} in the text runs code, which an MDX article may not contain'],
    ]);
    expect(facts.components).toEqual([{ name: 'Figure', line: 12, values: { alt: 'a' } }]);
    expect(facts.removed).toContainEqual({ what: 'handler', detail: 'onMouseOver', line: 14 });
  });

  it('reads <img> in raw HTML as a browser would, also when the tag never closes', () => {
    const facts = readBody(`<img alt="a" src='x.jpg'>\n\n<div${' a="x"'.repeat(40)}\n`, false, 1, HOSTS);
    expect(facts.images).toEqual([{ src: 'x.jpg', alt: 'a', line: 1, how: 'html' }]);
  });
});
