import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../src/site/summary.ts';

const version = (id: string, filePath: string, summary?: string) => ({ summary: undefined, entry: { id, filePath, data: { _summary: summary } } }) as never;

describe('summaryOf', () => {
  it('uses the summary the content loader derived from the rendered body', () => {
    expect(summaryOf(version('a/vi', '/nowhere/a/vi.md', 'Tại Huế, hôm nay.'))).toBe('Tại Huế, hôm nay.');
  });
  it('derives one from the file when the loader did not (dev server), keeping MDX components, imports and expressions out', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-'));
    const file = path.join(dir, 'vi.mdx');
    const body = `import anh from './anh.jpg';\n\nDự án {year} tốt.\n\n<Figure src={anh} alt="Trường" caption="X > Y" />\n\n<PullQuote cite="Ông A">Hữu nghị là nền tảng.</PullQuote>\n\n<Gallery images={[{ src: anh, alt: 'A' }]} />\n`;
    fs.writeFileSync(file, `---\ntitle: Tin\n---\n${body}`);
    expect(summaryOf(version('b/vi', file))).toBe('Dự án tốt. Hữu nghị là nền tảng.');
  });
  it('gives an empty summary, not an error, for a file that cannot be read', () => {
    expect(summaryOf(version('c/vi', '/nowhere/c/vi.md'))).toBe('');
  });
});
