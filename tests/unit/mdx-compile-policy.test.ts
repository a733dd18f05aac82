import { describe, expect, it } from 'vitest';
import { mdxProcessor } from '../../src/lib/markdown/plugins.ts';

/** Astro's MDX compile with the processor astro.config.mjs gives it. */
async function compile(text: string, file = '/site/content/articles/2025/tin-thu/vi.mdx') {
  const renderer = await mdxProcessor.createMdxRenderer!({ gfm: true, smartypants: false }, { optimize: false, srcDir: new URL('file:///site/src/') });
  return renderer.process(text, file, {});
}

describe('the MDX compile of the build', () => {
  it('refuses an article that would run code, naming the file and each line', async () => {
    const text = "export const x = process.env.HOME;\n\nXin chào {x}\n\n<PullQuote {...{ 'set:html': '<b>x</b>' }}>Q</PullQuote>\n";
    await expect(compile(text)).rejects.toThrow(
      /^tin-thu\/vi\.mdx: 3 problems: line 1: an MDX article may not export anything.*; line 3: a \{…\} in the text runs code.*; line 5: a \{\.\.\.\} attribute/,
    );
  });

  it('compiles an article that keeps to the rules', async () => {
    const { code } = await compile('import anh from \'./anh.jpg\';\n\n<Figure src={anh} alt="Hội trường" />\n\nVăn bản {/* ghi chú */} và \\{ngoặc\\}.\n');
    expect(code).toContain('Figure');
    expect(code).toContain('./anh.jpg');
  });
});
