import { describe, expect, it } from 'vitest';
import { fileDigest } from '../../src/lib/content/file-digest.ts';
import type { ArticleFile } from '../../src/lib/content-files.ts';

const file = (over: Partial<ArticleFile> = {}): ArticleFile => ({
  file: 'content/articles/2025/hoi-thao/vi.md',
  folder: 'content/articles/2025/hoi-thao',
  slug: 'hoi-thao',
  locale: 'vi',
  ext: '.md',
  data: { title: 'Hội thảo', province: 'hue' },
  body: 'Nội dung.\n',
  lines: { title: 2, province: 3 },
  bodyLine: 5,
  ...over,
});

describe('fileDigest', () => {
  it('is the same for the same text, and differs when anything the file says differs', () => {
    const base = fileDigest(file());
    expect(fileDigest(file())).toBe(base);
    expect(fileDigest(file({ body: 'Nội dung khác.\n' }))).not.toBe(base);
    expect(fileDigest(file({ data: { title: 'Hội thảo', province: 'hanoi' } }))).not.toBe(base);
    expect(fileDigest(file({ ext: '.mdx' }))).not.toBe(base);
    expect(fileDigest(file({ file: 'content/articles/2025/hoi-thao/en.md' }))).not.toBe(base);
    expect(fileDigest(file({ lines: { title: 2, province: 4 } }))).not.toBe(base);
    expect(fileDigest(file({ bodyLine: 6 }))).not.toBe(base);
  });

  it('does not mistake a body for front matter', () => {
    // The same characters split differently between data and body.
    expect(fileDigest(file({ data: { title: 'a' }, body: 'b' }))).not.toBe(fileDigest(file({ data: { title: 'ab' }, body: '' })));
  });

  it('is worked out once per parsed file', () => {
    const f = file();
    const first = fileDigest(f);
    // A parsed file is not changed in place; if it were, the first digest would stand.
    f.body = 'changed';
    expect(fileDigest(f)).toBe(first);
  });
});
