import { describe, expect, it } from 'vitest';
import { checkTags } from '../../src/lib/validate/tags.ts';
import type { Registry } from '../../src/lib/registry.ts';
import type { ArticleFile } from '../../src/lib/validate/file.ts';

const file = (name: string, tags: string[]): ArticleFile => ({
  file: `${name}/vi.md`,
  folder: name,
  slug: name,
  ext: '.md',
  locale: 'vi',
  data: { tags },
  lines: { tags: 6 },
});
const registry = (tags: string[] = []): Registry => ({ provinces: new Map(), regions: new Map(), tags: new Map(tags.map((t) => [t, { en: t }])) });

describe('checkTags', () => {
  it('warns when one tag is written with different case or marks', () => {
    expect(checkTags([file('a', ['Hữu nghị']), file('b', ['hữu nghi']), file('c', ['hữu nghị'])], registry())).toMatchObject([
      { file: 'b/vi.md', line: 6, severity: 'warning', message: 'one tag is written in several ways: "Hữu nghị", "hữu nghi", "hữu nghị"' },
      { file: 'c/vi.md', severity: 'warning' },
    ]);
  });

  it('warns about a tag that tags.yaml gives no names for, once', () => {
    const problems = checkTags([file('a', ['giáo dục', 'hữu nghị']), file('b', ['giáo dục'])], registry(['hữu nghị']));
    expect(problems).toMatchObject([{ file: 'a/vi.md', message: 'the tag "giáo dục" has no names in tags.yaml' }]);
  });
});
