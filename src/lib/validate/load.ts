import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describePath, listArticlePaths, readArticleFile } from '../content-files.ts';
import { cleanSource } from '../text.ts';
import { MESSAGES } from './messages.ts';
import type { LoadedFile } from './file.ts';
import type { Problem } from './problems.ts';

/** Line of a YAML error: gray-matter hands YAML the text after the opening ---, newline included, so it is the file's line. */
function yamlLine(error: unknown): number | undefined {
  const pos = (error as { linePos?: { line: number }[] }).linePos;
  return pos?.[0]?.line;
}

/** First line of an error message, without the code excerpt YAML appends. */
function shortReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Read every article file of a content folder for checking. A file that is not UTF-8 or
 * whose front-matter does not parse comes back with its problem, never as a crash.
 */
export function loadArticleFiles(contentDir: string): LoadedFile[] {
  return listArticlePaths(contentDir).map((file): LoadedFile => {
    const { slug, locale, ext } = describePath(file);
    const base = { file, folder: path.dirname(file), slug, locale, ext };
    try {
      const parsed = readArticleFile(file);
      return { ...base, data: parsed.data, body: parsed.body, lines: parsed.lines, bodyLine: parsed.bodyLine };
    } catch (error) {
      const unreadable: Problem =
        error instanceof TypeError && /encoded data was not valid|decode/i.test(error.message)
          ? { file, field: 'file', severity: 'error', ...MESSAGES.notUtf8 }
          : { file, line: yamlLine(error) ?? 1, field: 'front-matter', severity: 'error', ...MESSAGES.yaml(shortReason(error)) };
      return { ...base, unreadable };
    }
  });
}

/**
 * Problems in provinces.yaml and tags.yaml themselves (missing, not YAML, wrong shape),
 * so that a broken registry is reported like any other content mistake.
 */
export function checkRegistryFiles(contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const provinces = path.join(contentDir, 'provinces.yaml');
  for (const file of [provinces, path.join(contentDir, 'tags.yaml')]) {
    if (!fs.existsSync(file)) {
      if (file === provinces) problems.push({ file, field: 'file', severity: 'error', ...MESSAGES.registryMissing });
      continue;
    }
    let data: unknown;
    try {
      data = YAML.parse(cleanSource(new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file))));
    } catch (error) {
      if (error instanceof TypeError) problems.push({ file, field: 'file', severity: 'error', ...MESSAGES.notUtf8 });
      else problems.push({ file, line: yamlLine(error), field: 'file', severity: 'error', ...MESSAGES.registryYaml(shortReason(error)) });
      continue;
    }
    if (file === provinces) {
      const list = (data as { provinces?: unknown })?.provinces;
      if (!list || typeof list !== 'object') {
        problems.push({ file, field: 'provinces', severity: 'error', ...MESSAGES.registryShape('there is no "provinces:" map') });
        continue;
      }
      for (const [code, p] of Object.entries(list as Record<string, { name?: Record<string, string>; merged_into?: string }>)) {
        if (!p?.name?.vi) problems.push({ file, field: code, severity: 'error', ...MESSAGES.registryShape(`province "${code}" has no Vietnamese name (name: { vi: … })`) });
        if (p?.merged_into && !(p.merged_into in (list as object))) {
          problems.push({ file, field: code, severity: 'error', ...MESSAGES.registryShape(`province "${code}" is merged into "${p.merged_into}", which is not in the registry`) });
        }
      }
    }
  }
  return problems;
}
