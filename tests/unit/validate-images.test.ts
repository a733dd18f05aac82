import { describe, expect, it } from 'vitest';
import { checkImages } from '../../src/lib/validate/images.ts';
import { readBody } from '../../src/lib/validate/body.ts';
import type { LoadedFile } from '../../src/lib/validate/file.ts';

const existing = new Set(['a/anh.jpg', 'a/bia.jpg', 'a/ảnh đẹp.jpg']);
const exists = (folder: string, src: string) => existing.has(`${folder}/${src.replace(/^\.\//, '')}`);
function run(data: Record<string, unknown>, body = '', mdx = false) {
  const f: LoadedFile = { file: `a/vi.md${mdx ? 'x' : ''}`, folder: 'a', slug: 'a', locale: 'vi', data, lines: { image: 7, image_alt: 8 }, bodyLine: 10 };
  return checkImages(f, readBody(body, mdx, 10, []), exists);
}

describe('checkImages', () => {
  it('needs the cover beside the article, with alt text', () => {
    expect(run({ image: 'bia.jpg', image_alt: 'Bìa' })).toEqual([]);
    expect(run({ image: 'Bia.jpg', image_alt: 'Bìa' })).toMatchObject([{ field: 'image', line: 7, message: 'the image "Bia.jpg" does not exist beside the article' }]);
    expect(run({ image: 'bia.jpg', image_alt: ' ' })).toMatchObject([{ field: 'image_alt', line: 8, message: 'the cover image has no alt text' }]);
  });

  it('checks images in the body at their lines, and leaves remote images alone', () => {
    const problems = run({}, 'Đoạn.\n\n![](anh.jpg)\n\n![Ảnh](thieu.jpg)\n\n![Ảnh](https://example.org/x.jpg)\n\n![Ảnh](<ảnh đẹp.jpg>)\n');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [12, 'the image "anh.jpg" has no alt text'],
      [14, 'the image "thieu.jpg" does not exist beside the article'],
    ]);
  });

  it('warns that an <img> written in HTML is not published with the article', () => {
    expect(run({}, '<img src="anh.jpg" alt="Ảnh">\n')).toMatchObject([{ severity: 'warning', line: 10, message: expect.stringContaining('not published') }]);
  });

  it('checks images imported by MDX and the alt text of a Figure', () => {
    const problems = run({}, "import anh from './anh.jpg';\nimport thieu from './thieu.jpg';\n\n<Figure src={anh} caption=\"c\" />\n", true);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [11, 'the image "./thieu.jpg" does not exist beside the article'],
      [13, 'the <Figure> has no alt text'],
    ]);
  });
});
