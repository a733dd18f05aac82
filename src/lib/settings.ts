import { z } from 'zod';
import siteJson from '../data/site.json' with { type: 'json' };
import languagesJson from '../data/languages.json' with { type: 'json' };

/**
 * The site's settings (src/data/site.json) and languages (src/data/languages.json), read
 * through a schema once: a mistake in either stops every command with the field named,
 * rather than surfacing as a broken page. Pure: the files are part of the code's bundle.
 * Environment overrides live in site.ts, the one module that reads the environment.
 */

const languageSchema = z.strictObject({
  /** URL segment and file name of a translation: `zh`. */
  code: z.string().regex(/^[a-z]{2,3}$/),
  /** Name in its own script, for the language switcher: `中文`. */
  name: z.string().min(1),
  englishName: z.string().min(1),
  /** BCP 47 tag for `lang` and `hreflang`: `zh-Hans`. */
  bcp47: z.string().min(2),
  /** Locale given to Intl for dates, numbers and collation: `zh-Hans-CN`. */
  intl: z.string().min(2),
  dir: z.enum(['ltr', 'rtl']),
  /** Self-hosted web font for scripts that phones may lack, or null for system fonts. */
  font: z.strictObject({ family: z.string(), package: z.string(), css: z.array(z.string()).min(1) }).nullable(),
  /** Written without spaces between words (search must segment it). */
  segmented: z.boolean(),
});

const siteSchema = z.strictObject({
  /** The source language: articles are written in it, and it is the fallback. */
  defaultLocale: z.string(),
  /** An IANA time zone: dates are shown in it whatever the build machine's zone. */
  timeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'is not an IANA time zone (e.g. Asia/Ho_Chi_Minh)'),
  siteUrl: z.url(),
  pageSize: z.number().int().min(1).max(100),
  feedItems: z.number().int().min(1).max(500),
  contentDir: z.string().min(1),
  embedHosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)),
  websubHub: z.union([z.literal(''), z.url()]),
});

export type Language = z.infer<typeof languageSchema>;

/** Parse one data file, or stop with what is wrong in it. */
function read<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
  throw new Error(`${file} is not valid: ${problems}`);
}

export const LANGUAGES: Language[] = read(z.array(languageSchema).min(1), languagesJson, 'src/data/languages.json');
const settings = read(siteSchema, siteJson, 'src/data/site.json');
if (!LANGUAGES.some((l) => l.code === settings.defaultLocale))
  throw new Error(`src/data/site.json is not valid: defaultLocale "${settings.defaultLocale}" is not in src/data/languages.json`);

/**
 * The UTC offset of a time zone at a moment, as +HH:MM: utcOffset('Asia/Ho_Chi_Minh') → '+07:00'.
 * Derived, never stored beside the zone, so the two cannot disagree.
 */
export function utcOffset(timeZone: string, at = new Date()): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}

/** site.json, validated, with the zone's UTC offset. */
export const SETTINGS = { ...settings, utcOffset: utcOffset(settings.timeZone) };
