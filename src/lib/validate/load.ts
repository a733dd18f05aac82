import path from 'node:path';
import { ArticleReadError, describePath, fileStamp, findArticleFiles, readArticleFile } from '../content-files.ts';
import { readRegistryFile } from '../registry-file.ts';
import { MESSAGES } from './messages.ts';
import { checkGlossaryData, checkProvincesData, checkTagsData } from './registry.ts';
import type { ArticleFile } from './file.ts';
import type { Problem } from './problems.ts';

/**
 * Read every article file of a content folder for checking, with what the walk over the
 * folders found wrong (links, stray files). A file that cannot be read as an article comes
 * back with its problem, never as a crash.
 */
export function loadArticleFiles(contentDir: string, reuse?: ParsedFiles): { files: ArticleFile[]; problems: Problem[] } {
  const found = findArticleFiles(contentDir);
  const files = found.files.map((file): ArticleFile => {
    if (!reuse) return readForCheck(file);
    const stamp = fileStamp(file);
    const known = reuse.get(file);
    if (known && stamp && known.stamp === stamp) return known.file;
    const read = readForCheck(file);
    reuse.set(file, { stamp, file: read });
    return read;
  });
  if (reuse) {
    const present = new Set(found.files);
    for (const file of reuse.keys()) if (!present.has(file)) reuse.delete(file);
  }
  return { files, problems: found.problems };
}

/**
 * Files parsed by an earlier read of the same folder, each with the stamp (inode, size,
 * times) it had: a long-running process (the dev server) parses again only what changed.
 */
export type ParsedFiles = Map<string, { stamp: string; file: ArticleFile }>;

function readForCheck(file: string): ArticleFile {
  const { slug, locale, ext } = describePath(file);
  const base = { file, folder: path.dirname(file), slug, locale, ext };
  try {
    const parsed = readArticleFile(file);
    return { ...base, data: parsed.data, body: parsed.body, lines: parsed.lines, bodyLine: parsed.bodyLine };
  } catch (error) {
    if (error instanceof ArticleReadError) return { ...base, unreadable: error.problem };
    throw error;
  }
}

/**
 * Problems in provinces.yaml and tags.yaml themselves (missing, not YAML, wrong shape,
 * codes that cannot be URLs), so that a broken registry is reported like any other
 * content mistake and the build refuses it.
 */
export function checkRegistryFiles(contentDir: string): Problem[] {
  const provinces = path.join(contentDir, 'provinces.yaml');
  const tags = path.join(contentDir, 'tags.yaml');
  const p = readRegistryFile(provinces);
  const t = readRegistryFile(tags);
  const problems = [...p.problems, ...t.problems];
  if (!p.exists) problems.push({ file: provinces, field: 'file', severity: 'error', ...MESSAGES.registryMissing });
  if (p.exists && !p.problems.length) problems.push(...checkProvincesData(provinces, p.data));
  if (t.exists && !t.problems.length) problems.push(...checkTagsData(tags, t.data));
  // The glossary of npm run translate, when the newsroom keeps one.
  const glossary = path.join(contentDir, 'glossary.yaml');
  const g = readRegistryFile(glossary);
  problems.push(...g.problems);
  if (g.exists && !g.problems.length) problems.push(...checkGlossaryData(glossary, g.data));
  return problems;
}
