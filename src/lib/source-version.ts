import { createHash } from 'node:crypto';

/**
 * The version of an article's source text: a short hash of its title, summary and body
 * with whitespace collapsed, so that re-wrapping a paragraph does not make every
 * translation stale. A translation records the version it was made from (`source_version`).
 */
export function sourceVersion(data: { title?: unknown; summary?: unknown }, body: string): string {
  const norm = (s: unknown) => (typeof s === 'string' ? s : '').normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256')
    .update(JSON.stringify([norm(data.title), norm(data.summary), norm(body)]))
    .digest('hex')
    .slice(0, 12);
}
