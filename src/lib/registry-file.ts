import fs from 'node:fs';
import YAML from 'yaml';
import { cleanSource } from './text.ts';
import { unsafeCharacters } from './content/characters.ts';
import { LIMITS } from './content/limits.ts';
import { registryFrom, type Registry } from './registry.ts';
import path from 'node:path';
import { MESSAGES } from './validate/messages.ts';
import type { Problem } from './validate/problems.ts';

/**
 * Read one registry file (provinces.yaml, tags.yaml) as plain data, the way article
 * front-matter is read: not a symbolic link, at most LIMITS.registryFileBytes, UTF-8,
 * YAML 1.2 core schema with no tags, no control characters. Never throws: what is wrong
 * comes back as problems, and `data` is undefined when the file is missing or unreadable.
 */
export function readRegistryFile(file: string): { data: unknown; problems: Problem[]; exists: boolean } {
  const at = (m: { message: string; fix: string }, line?: number): Problem => ({ file, line, field: 'file', severity: 'error', ...m });
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
  if (!stat) return { data: undefined, problems: [], exists: false };
  if (stat.isSymbolicLink()) return { data: undefined, problems: [at(MESSAGES.symlink)], exists: true };
  if (!stat.isFile()) return { data: undefined, problems: [at(MESSAGES.notRegularFile)], exists: true };
  if (stat.size > LIMITS.registryFileBytes)
    return { data: undefined, problems: [at(MESSAGES.tooLarge('the file', stat.size, LIMITS.registryFileBytes))], exists: true };
  let text: string;
  try {
    text = cleanSource(new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file))).normalize('NFC');
  } catch {
    return { data: undefined, problems: [at(MESSAGES.notUtf8)], exists: true };
  }
  const bad = unsafeCharacters(text)[0];
  if (bad) return { data: undefined, problems: [at(MESSAGES.unsafeCharacter(bad.code), bad.line)], exists: true };
  const doc = YAML.parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    const detail = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const m = first.code === 'TAG_RESOLVE_FAILED' ? MESSAGES.yamlTag(detail) : MESSAGES.registryYaml(detail);
    return { data: undefined, problems: [at(m, first.linePos?.[0]?.line)], exists: true };
  }
  return { data: doc.toJS({ maxAliasCount: 50 }), problems: [], exists: true };
}

/** provinces.yaml and the optional tags.yaml of a content folder, as a registry (see registryFrom). */
export function loadRegistry(contentDir: string): Registry {
  return registryFrom(readRegistryFile(path.join(contentDir, 'provinces.yaml')).data, readRegistryFile(path.join(contentDir, 'tags.yaml')).data);
}
