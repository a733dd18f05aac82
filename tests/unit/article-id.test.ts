import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { articleId, isArticleId } from '../../src/lib/article-id.ts';

describe('articleId', () => {
  it('is the day and eight base-32 letters from the random bytes', () => {
    expect(articleId('2025-09-12', Uint8Array.of(0, 1, 2, 3, 4))).toBe('20250912-aaaqeaye');
    expect(articleId('2025-09-12', Uint8Array.of(255, 255, 255, 255, 255))).toBe('20250912-77777777');
  });

  it('gives ids that isArticleId accepts, and different ones each time', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => articleId('2026-01-01', randomBytes(5))));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(isArticleId(id), id).toBe(true);
    expect(isArticleId('hue-toa-dam')).toBe(false);
  });

  it('refuses a malformed day or too few random bytes', () => {
    expect(() => articleId('12/09/2025', randomBytes(5))).toThrow(/YYYY-MM-DD/);
    expect(() => articleId('2025-09-12', randomBytes(2))).toThrow(/5 random bytes/);
  });
});
