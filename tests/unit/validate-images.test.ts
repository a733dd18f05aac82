import { describe, expect, it } from 'vitest';
import { checkImages } from '../../src/lib/validate/images.ts';
import { readBody } from '../../src/lib/validate/body.ts';
import type { ArticleFile } from '../../src/lib/validate/file.ts';
import { imagePathProblem } from '../../src/lib/content/image-path.ts';
import type { ImageFileProblem } from '../../src/lib/content/image-file.ts';

const existing = new Set(['a/anh.jpg', 'a/bia.jpg', 'a/ảnh đẹp.jpg']);
// The path rule as on disk (image-file.ts), with the folder's files listed here instead of read.
function exists(folder: string, src: string): ImageFileProblem | undefined {
  const reason = imagePathProblem(src);
  if (reason) return { kind: 'path', reason };
  return existing.has(`${folder}/${decodeURIComponent(src).replace(/^\.\//, '')}`) ? undefined : { kind: 'missing' };
}
function run(data: Record<string, unknown>, text = '', mdx = false) {
  const f: ArticleFile = {
    file: `a/vi.md${mdx ? 'x' : ''}`,
    folder: 'a',
    slug: 'a',
    locale: 'vi',
    ext: mdx ? '.mdx' : '.md',
    data,
    lines: { image: 7, image_alt: 8 },
    bodyLine: 10,
  };
  const body = readBody(text, mdx, 10, [], ['Figure']);
  // The policy's own errors (a Figure's alt) come with the images' in the report.
  return [...checkImages(f, body, exists), ...body.policy.map((v) => ({ line: v.line, message: v.message }))];
}

describe('checkImages', () => {
  it('needs the cover beside the article, with alt text', () => {
    expect(run({ image: 'bia.jpg', image_alt: 'Bìa' })).toEqual([]);
    expect(run({ image: 'Bia.jpg', image_alt: 'Bìa' })).toMatchObject([
      { field: 'image', line: 7, message: 'the image "Bia.jpg" does not exist beside the article' },
    ]);
    expect(run({ image: 'bia.jpg', image_alt: ' ' })).toMatchObject([{ field: 'image_alt', line: 8, message: 'the cover image has no alt text' }]);
  });

  it('checks images in the body at their lines, and refuses pictures from other sites', () => {
    const problems = run({}, 'Đoạn.\n\n![](anh.jpg)\n\n![Ảnh](thieu.jpg)\n\n![Ảnh](https://example.org/x.jpg)\n\n![Ảnh](<ảnh đẹp.jpg>)\n');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [12, 'the image "anh.jpg" has no alt text'],
      [14, 'the image "thieu.jpg" does not exist beside the article'],
      [16, 'the image "https://example.org/x.jpg" cannot be used: it is on another website, and the build would download it'],
    ]);
  });

  it('refuses an <img> written in HTML that names a file, which would not be published', () => {
    expect(run({}, '<img src="anh.jpg" alt="Ảnh">\n')).toMatchObject([{ severity: 'error', line: 10, message: expect.stringContaining('not published') }]);
    expect(run({}, '<img src="https://example.org/a.jpg" alt="Ảnh">\n')).toEqual([]);
  });

  it('checks images imported by MDX and the alt text of a Figure', () => {
    const problems = run({}, "import anh from './anh.jpg';\nimport thieu from './thieu.jpg';\n\n<Figure src={anh} caption=\"c\" />\n", true);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [11, 'the image "./thieu.jpg" does not exist beside the article'],
      [13, '<Figure> has no alt'],
    ]);
  });
});
