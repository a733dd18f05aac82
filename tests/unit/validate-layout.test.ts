import { describe, expect, it } from 'vitest';
import { checkLayout } from '../../src/lib/validate/layout.ts';
import type { ArticleFile } from '../../src/lib/validate/file.ts';

const file = (folder: string, locale: string): ArticleFile => ({
  file: `${folder}/${locale}.md`,
  folder,
  slug: folder.split('/').at(-1)!,
  ext: '.md',
  locale,
  data: { title: 'T' },
});

describe('checkLayout', () => {
  it('accepts translations beside their source', () => {
    const { problems, articles } = checkLayout([file('a/2025/hue', 'vi'), file('a/2025/hue', 'en')]);
    expect(problems).toEqual([]);
    expect(articles.get('a/2025/hue')?.map((f) => f.locale)).toEqual(['vi', 'en']);
  });

  it('names a file that is not a configured language and leaves it out', () => {
    const { problems, articles } = checkLayout([file('a/hue', 'vi'), file('a/hue', 'de')]);
    expect(problems).toMatchObject([{ file: 'a/hue/de.md', field: 'file', message: '"de" is not a configured language' }]);
    expect(articles.get('a/hue')).toHaveLength(1);
  });

  it('suggests a valid slug for a folder name with capitals, spaces or marks', () => {
    expect(checkLayout([file('a/Đà Nẵng mới', 'vi')]).problems).toMatchObject([{ field: 'folder', fix: expect.stringContaining('"da-nang-moi"') }]);
  });

  it('finds two articles with the same folder name in different groups', () => {
    expect(checkLayout([file('a/2024/hue', 'vi'), file('a/2025/hue', 'vi')]).problems).toMatchObject([
      { file: 'a/2025/hue/vi.md', message: 'another article has the same folder name: a/2024/hue' },
    ]);
  });

  it('finds a translation whose source is missing', () => {
    expect(checkLayout([file('a/hue', 'en')]).problems).toMatchObject([
      { file: 'a/hue/en.md', message: 'this translation has no source article (a/hue/vi.md is missing)' },
    ]);
  });
});
