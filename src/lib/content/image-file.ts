import fs from 'node:fs';
import path from 'node:path';
import { IMAGE_EXTENSIONS } from '../content-files.ts';
import { LIMITS } from './limits.ts';

/** What is wrong with a picture an article names, or undefined when it can be published. */
export type ImageFileProblem = { kind: 'missing' } | { kind: 'path'; reason: string };

/**
 * Why a picture path written by an editor cannot name a file beside the article, or
 * undefined: imagePathReason('../x.jpg') → 'it points outside the article folder'.
 * Pure: only the text is looked at.
 */
export function imagePathReason(src: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(src) || src.startsWith('//')) return 'it is an address on another site or a data: URL, not a file beside the article';
  if (src.startsWith('/') || /^[a-z]:/i.test(src)) return 'it is an absolute path';
  if (src.includes('\\')) return 'it contains a backslash';
  if (src.split('/').some((part) => part === '..')) return 'it points outside the article folder';
  const ext = path.posix.extname(src.split(/[?#]/)[0]).toLowerCase();
  if (/[?#]/.test(src)) return 'it has a ? or # part';
  if (ext === '.svg') return 'SVG pictures can carry scripts and are not published: export it as PNG or WebP';
  if (!IMAGE_EXTENSIONS.includes(ext)) return `"${ext || 'no extension'}" is not a picture format the site publishes (JPEG, PNG, WebP, AVIF, GIF)`;
  return undefined;
}

/**
 * Whether a picture named in an article (`cover.jpg`, `./photos/a.jpg`) can be published:
 * a safe relative path, a regular file (never a symbolic link) inside the article's
 * folder, at most LIMITS.imageFileBytes.
 */
export function imageFileProblem(folder: string, src: string): ImageFileProblem | undefined {
  const reason = imagePathReason(src);
  if (reason) return { kind: 'path', reason };
  const full = path.resolve(folder, src);
  const rel = path.relative(folder, full);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { kind: 'path', reason: 'it points outside the article folder' };
  const stat = fs.lstatSync(full, { throwIfNoEntry: false });
  if (!stat) return { kind: 'missing' };
  if (stat.isSymbolicLink()) return { kind: 'path', reason: 'it is a symbolic link (links are never followed)' };
  if (!stat.isFile()) return { kind: 'path', reason: 'it is not a file' };
  if (stat.size > LIMITS.imageFileBytes) return { kind: 'path', reason: `it is larger than ${Math.round(LIMITS.imageFileBytes / 1048576)} MB` };
  // A folder on the way may itself be a link: the real file must be inside the real folder.
  const real = fs.realpathSync(full);
  const realFolder = fs.realpathSync(folder);
  if (!real.startsWith(realFolder + path.sep)) return { kind: 'path', reason: 'it points outside the article folder' };
  return undefined;
}
