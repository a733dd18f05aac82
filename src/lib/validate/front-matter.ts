import { parseContentDate } from '../dates.ts';
import { isValidSlug } from '../slug.ts';
import { MESSAGES } from './messages.ts';
import { closest } from './suggest.ts';
import type { Problem } from './problems.ts';

/** What the rules need to know of one parsed article file. */
export interface FileFacts {
  file: string;
  data: Record<string, unknown>;
  lines: Record<string, number>;
  isSource: boolean;
}

const EXAMPLES: Record<string, string> = {
  title: '"Khánh Hòa tổ chức tọa đàm về đối ngoại nhân dân"',
  date: '2025-09-12',
  province: 'khanh-hoa',
  author: 'Nguyễn Thị Lan',
};

const isString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isNames = (v: unknown) => isString(v) || (Array.isArray(v) && v.length > 0 && v.every(isString));

/**
 * Check the front-matter of one file on its own: required fields (the source needs date,
 * province and author; a translation only a title), types, real dates, unknown fields.
 * `fields` is the list of known field names (from the content schema).
 */
export function checkFrontMatter(facts: FileFacts, fields: string[]): Problem[] {
  const { file, data, lines, isSource } = facts;
  const problems: Problem[] = [];
  const at = (field: string, m: { message: string; fix: string }, severity: Problem['severity'] = 'error') =>
    problems.push({ file, line: lines[field] ?? 1, field, severity, ...m });

  for (const key of Object.keys(data)) {
    if (!fields.includes(key)) at(key, MESSAGES.unknownField(key, closest(key, fields, {}, 1)[0]));
  }
  if (!('title' in data)) at('title', MESSAGES.missing('title', EXAMPLES.title));
  else if (!isString(data.title)) at('title', MESSAGES.wrongType('title', 'text'));
  if (isSource) {
    for (const field of ['date', 'province', 'author']) {
      if (data[field] === undefined || data[field] === null) at(field, MESSAGES.missingInSource(field, EXAMPLES[field]));
    }
  }
  for (const field of ['date', 'updated']) {
    const value = data[field];
    if (value !== undefined && value !== null && !parseContentDate(value)) at(field, MESSAGES.badDate(field, String(value)));
  }
  if (data.province !== undefined && data.province !== null && !isString(data.province)) at('province', MESSAGES.wrongType('province', 'a province code'));
  for (const field of ['author', 'translator']) {
    if (data[field] !== undefined && data[field] !== null && !isNames(data[field])) at(field, MESSAGES.wrongType(field, 'a name or a list of names'));
  }
  if (data.tags !== undefined && !(Array.isArray(data.tags) && data.tags.every(isString))) at('tags', MESSAGES.wrongType('tags', 'a list like [hữu nghị, hội thảo]'));
  for (const field of ['summary', 'image', 'image_alt', 'source_version', 'id']) {
    if (data[field] !== undefined && data[field] !== null && typeof data[field] !== 'string') at(field, MESSAGES.wrongType(field, 'text'));
  }
  // Each alias becomes a redirect page's folder: it must be a name a folder could have.
  if (data.aliases !== undefined && !(Array.isArray(data.aliases) && data.aliases.every((a) => isString(a) && isValidSlug(a)))) {
    at('aliases', MESSAGES.wrongType('aliases', 'a list of former folder names, like [hue-toa-dam-cu]'));
  }
  if (data.draft !== undefined && typeof data.draft !== 'boolean') at('draft', MESSAGES.wrongType('draft', 'true or false'));
  if (data.translation !== undefined && data.translation !== 'human' && data.translation !== 'machine') at('translation', MESSAGES.badTranslation(String(data.translation)));
  if (isString(data.title) && data.title.length > 110) at('title', MESSAGES.longTitle(data.title.length), 'warning');
  return problems;
}
