import { parseContentDate } from '../dates.ts';
import { isValidSlug } from '../slug.ts';
import { tagSlug } from '../registry.ts';
import { LIMITS } from '../content/limits.ts';
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
  if (data.tags !== undefined && !(Array.isArray(data.tags) && data.tags.every(isString)))
    at('tags', MESSAGES.wrongType('tags', 'a list like [hữu nghị, hội thảo]'));
  for (const field of ['summary', 'image', 'image_alt', 'source_version', 'id']) {
    if (data[field] !== undefined && data[field] !== null && typeof data[field] !== 'string') at(field, MESSAGES.wrongType(field, 'text'));
  }
  // Each alias becomes a redirect page's folder: it must be a name a folder could have.
  if (data.aliases !== undefined && !(Array.isArray(data.aliases) && data.aliases.every((a) => isString(a) && isValidSlug(a)))) {
    at('aliases', MESSAGES.wrongType('aliases', 'a list of former folder names, like [hue-toa-dam-cu]'));
  }
  if (data.draft !== undefined && typeof data.draft !== 'boolean') at('draft', MESSAGES.wrongType('draft', 'true or false'));
  if (data.translation !== undefined && data.translation !== 'human' && data.translation !== 'machine')
    at('translation', MESSAGES.badTranslation(String(data.translation)));
  if (isString(data.title) && data.title.length > LIMITS.titleChars) at('title', MESSAGES.tooLong('title', data.title.length, LIMITS.titleChars));
  else if (isString(data.title) && data.title.length > 110) at('title', MESSAGES.longTitle(data.title.length), 'warning');
  problems.push(...checkSizes(facts));
  return problems;
}

const textLimits: [string, number][] = [
  ['summary', LIMITS.summaryChars],
  ['image_alt', LIMITS.imageAltChars],
  ['source_version', LIMITS.idChars],
];

/**
 * Bounds on every field (src/data/content-limits.json), tags that can be addresses, and
 * what only the source may set. A tag is one concept in every language: it is written in
 * the source, and its names in other languages come from tags.yaml, so a translation
 * setting its own tags is refused (its links would lead to tag pages that do not exist).
 */
function checkSizes({ file, data, lines, isSource }: FileFacts): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, m: { message: string; fix: string }) => problems.push({ file, line: lines[field] ?? 1, field, severity: 'error', ...m });
  for (const [field, limit] of textLimits) {
    const value = data[field];
    if (typeof value === 'string' && value.length > limit) at(field, MESSAGES.tooLong(field, value.length, limit));
  }
  for (const field of ['author', 'translator', 'tags', 'aliases']) {
    const value = data[field];
    const list = Array.isArray(value) ? value : [value];
    const [limit, count] =
      field === 'tags' ? [LIMITS.tagChars, LIMITS.tags] : field === 'aliases' ? [LIMITS.slugChars, LIMITS.aliases] : [LIMITS.nameChars, LIMITS.names];
    if (Array.isArray(value) && value.length > count) at(field, MESSAGES.tooMany(field, value.length, count));
    const long = list.find((v) => typeof v === 'string' && v.length > limit);
    if (long) at(field, MESSAGES.tooLong(field, long.length, limit));
  }
  if (Array.isArray(data.tags)) {
    if (!isSource) at('tags', MESSAGES.translationTags);
    const empty = data.tags.find((t) => typeof t === 'string' && t.trim() !== '' && tagSlug(t) === '');
    if (empty !== undefined) at('tags', MESSAGES.emptyTagSlug(empty));
  }
  if (typeof data.id === 'string' && !(data.id.length <= LIMITS.idChars && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(data.id))) at('id', MESSAGES.badId(data.id));
  return problems;
}
