import { createHash } from 'node:crypto';
import type { ArticleFile } from '../content-files.ts';

const digests = new WeakMap<ArticleFile, string>();

/**
 * A digest of everything an article file says (path, front matter, body, line numbers),
 * worked out once per parsed file: the dev server keeps unchanged files parsed between
 * edits, so that after a save only the saved file is hashed again, not every article.
 * A parsed file is never changed in place (only its body let go after a build's sync,
 * once nothing needs its digest).
 */
export function fileDigest(f: ArticleFile): string {
  let digest = digests.get(f);
  if (!digest) {
    digest = createHash('sha256')
      .update(JSON.stringify([f.file, f.ext, f.data, f.lines, f.bodyLine]))
      .update('\n')
      .update(f.body ?? '')
      .digest('base64url');
    digests.set(f, digest);
  }
  return digest;
}
