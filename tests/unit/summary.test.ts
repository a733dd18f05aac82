import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../src/site/summary.ts';

const version = (id: string, body: string, html?: string) =>
  ({ summary: undefined, entry: { id, body, filePath: `content/articles/2025/${id}.mdx`, rendered: html ? { html } : undefined } }) as never;

describe('summaryOf', () => {
  it('derives a summary from rendered Markdown', () => {
    expect(summaryOf(version('a/vi', '', '<p>Tại <strong>Huế</strong>, hôm nay.</p>'))).toBe('Tại Huế, hôm nay.');
  });
  it('keeps MDX components, imports and expressions out of a derived summary', () => {
    const body = `import anh from './anh.jpg';\n\nDự án {year} tốt.\n\n<Figure src={anh} alt="Trường" caption="X > Y" />\n\n<PullQuote cite="Ông A">Hữu nghị là nền tảng.</PullQuote>\n\n<Gallery images={[{ src: anh, alt: 'A' }]} />\n`;
    expect(summaryOf(version('b/vi', body))).toBe('Dự án tốt. Hữu nghị là nền tảng.');
  });
});
