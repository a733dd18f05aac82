import fs from 'node:fs';
import path from 'node:path';
import { IMAGE_PATH, imagePathProblem } from './image-path.ts';
import { LIMITS } from './limits.ts';

/** What is wrong with a picture an article names, or undefined when it can be published. */
export type ImageFileProblem = { kind: 'missing' } | { kind: 'path'; reason: string };

/**
 * Whether a picture named in an article (`cover.jpg`, `./photos/a.jpg`) can be published:
 * a safe relative path (image-path.ts), a regular file (never a symbolic link) inside the
 * article's folder, at most LIMITS.imageFileBytes.
 */
export function imageFileProblem(folder: string, src: string): ImageFileProblem | undefined {
  const reason = imagePathProblem(src);
  if (reason) return { kind: 'path', reason };
  const full = path.resolve(folder, decodeURIComponent(src));
  const rel = path.relative(folder, full);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { kind: 'path', reason: IMAGE_PATH.outside.reason };
  const stat = fs.lstatSync(full, { throwIfNoEntry: false });
  if (!stat) return { kind: 'missing' };
  if (stat.isSymbolicLink()) return { kind: 'path', reason: IMAGE_PATH.link.reason };
  if (!stat.isFile()) return { kind: 'path', reason: IMAGE_PATH.notFile.reason };
  if (stat.size > LIMITS.imageFileBytes) return { kind: 'path', reason: IMAGE_PATH.tooLarge.reason };
  // A folder on the way may itself be a link: the real file must be inside the real folder.
  const real = fs.realpathSync(full);
  const realFolder = fs.realpathSync(folder);
  if (!real.startsWith(realFolder + path.sep)) return { kind: 'path', reason: IMAGE_PATH.outside.reason };
  return undefined;
}
