import { z } from 'zod';
import { LOCALES } from '../languages.ts';
import { LIMITS } from '../content/limits.ts';
import { isValidSlug } from '../slug.ts';
import { tagSlug } from '../registry.ts';
import { glossaryFile } from '../translate/glossary.ts';
import type { Problem } from './problems.ts';

/** A province or region code: it becomes a folder and a URL, so lower-case ASCII words joined by hyphens. */
const code = z.string().max(LIMITS.slugChars).refine(isValidSlug, 'must be lower-case ASCII letters and digits joined by hyphens (like khanh-hoa)');

/** Names of one thing per language: { vi: 'Khánh Hòa', en: 'Khanh Hoa' }. */
const names = z.record(
  z.string().refine((k) => LOCALES.includes(k), `must be a language code (${LOCALES.join(', ')})`),
  z.string().min(1).max(LIMITS.titleChars),
);

/** provinces.yaml: regions and provinces, each by code, with names in each language. */
const provincesFile = z.strictObject({
  /** Region code → its name in each language. */
  regions: z.record(code, names).optional(),
  /** Province code → the province. */
  provinces: z.record(
    code,
    z.strictObject({
      /** The province's name per language; Vietnamese is required. */
      name: names.refine((n) => Boolean(n.vi), 'needs a Vietnamese name (name: { vi: … })'),
      /** A code from regions. */
      region: code.optional(),
      /** Merged away in a reform; kept so that older articles keep their province. */
      former: z.boolean().optional(),
      /** The code of the province it became part of. */
      merged_into: code.optional(),
      /** The day of the merger, YYYY-MM-DD (default 2025-07-01). */
      merged_on: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    }),
  ),
});

/** tags.yaml: a tag as written in the source language → its name in other languages. */
const tagsFile = z
  .record(
    z
      .string()
      .max(LIMITS.tagChars)
      .refine((t) => tagSlug(t) !== '', 'has no letters or digits'),
    names.nullable(),
  )
  .nullable();

/** Zod's issues as problems; a bad key says why the key is bad, not just "Invalid key in record". */
const issues = (file: string, error: z.ZodError): Problem[] =>
  error.issues.map((issue) => {
    const where = issue.path.map(String).join('.');
    const why = issue.code === 'invalid_key' ? issue.issues.map((i) => i.message).join('; ') : issue.message;
    return {
      file,
      field: where || 'file',
      severity: 'error',
      message: `${where ? `"${where.slice(0, 80)}" ` : ''}${why}`.trim(),
      fix: 'see the registry format in README.md (Content reference)',
    };
  });

/**
 * The shape of provinces.yaml: codes that can be URLs, a Vietnamese name for each
 * province, names keyed by language, merged_into and region naming existing codes.
 */
export function checkProvincesData(file: string, data: unknown): Problem[] {
  const parsed = provincesFile.safeParse(data ?? {});
  if (!parsed.success) return issues(file, parsed.error);
  const problems: Problem[] = [];
  const { provinces, regions } = parsed.data;
  for (const [c, p] of Object.entries(provinces)) {
    if (p.merged_into && !(p.merged_into in provinces))
      problems.push({
        file,
        field: `provinces.${c}.merged_into`,
        severity: 'error',
        message: `province "${c}" is merged into "${p.merged_into}", which is not in the registry`,
        fix: 'use the code of a province in provinces.yaml',
      });
    if (p.region && regions && !(p.region in regions))
      problems.push({
        file,
        field: `provinces.${c}.region`,
        severity: 'error',
        message: `province "${c}" is in region "${p.region}", which is not under regions:`,
        fix: 'use a region code from regions:',
      });
  }
  return problems;
}

/** The shape of tags.yaml: each tag with a name in some languages. */
export function checkTagsData(file: string, data: unknown): Problem[] {
  const parsed = tagsFile.safeParse(data ?? null);
  return parsed.success ? [] : issues(file, parsed.error);
}

/** The shape of glossary.yaml: each term with its name in some languages. */
export function checkGlossaryData(file: string, data: unknown): Problem[] {
  const parsed = glossaryFile.safeParse(data ?? null);
  return parsed.success ? [] : issues(file, parsed.error);
}
