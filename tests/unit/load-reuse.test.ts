import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticleFiles, type ParsedFiles } from '../../src/lib/validate/load.ts';

const article = (title: string) => `---\ntitle: ${title}\ndate: 2025-03-01\nprovince: hue\nauthor: Lan\n---\nNội dung.\n`;

describe('loadArticleFiles with files parsed before (the dev server)', () => {
  it('parses again only what changed, and forgets what was removed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reuse-'));
    const a = path.join(dir, 'articles', '2025', 'a', 'vi.md');
    const b = path.join(dir, 'articles', '2025', 'b', 'vi.md');
    for (const f of [a, b]) fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(a, article('Một'));
    fs.writeFileSync(b, article('Hai'));
    const reuse: ParsedFiles = new Map();
    const first = loadArticleFiles(dir, reuse).files;
    fs.writeFileSync(b, article('Hai, đã sửa'));
    const second = loadArticleFiles(dir, reuse).files;
    expect(second.find((f) => f.file === a)).toBe(first.find((f) => f.file === a));
    expect(second.find((f) => f.file === b)?.data?.title).toBe('Hai, đã sửa');
    fs.rmSync(path.dirname(b), { recursive: true });
    expect(loadArticleFiles(dir, reuse).files.map((f) => f.file)).toEqual([a]);
    expect([...reuse.keys()]).toEqual([a]);
  });
});
