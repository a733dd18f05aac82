import { SETTINGS as SITE } from './settings.ts';
import { getLanguage } from './languages.ts';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The site's fixed UTC offset in minutes (+07:00 → 420); Vietnam keeps no summer time. */
function offsetMinutes(offset = SITE.utcOffset): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * Read a front-matter date. `2025-09-12` is midnight in the site's time zone;
 * a date-time without offset is wall-clock time there; one with an offset is exact.
 * Returns null for anything that is not a real date (`2025-02-30`, `next week`).
 */
export function parseContentDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const m = DATE_ONLY.exec(text) ?? DATE_TIME.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  const zone = m[7];
  const fields = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
  const wall = Date.UTC(...fields);
  const check = new Date(wall);
  // Reject dates that JavaScript would roll over (31 April → 1 May).
  if (check.getUTCFullYear() !== fields[0] || check.getUTCMonth() !== fields[1] || check.getUTCDate() !== fields[2]) return null;
  if (fields[3] > 23 || fields[4] > 59 || fields[5] > 59) return null;
  const offset = zone === undefined ? offsetMinutes() : zone === 'Z' ? 0 : offsetMinutes(zone);
  return new Date(wall - offset * 60_000);
}

/** ISO 8601 with the site's offset: 2025-09-12T23:30:00+07:00 (for <time>, JSON-LD, sitemaps). */
export function toSiteISO(date: Date): string {
  const shifted = new Date(date.getTime() + offsetMinutes() * 60_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, SITE.utcOffset);
}

/** The calendar day in the site's time zone: 2025-09-12. */
export function toSiteDay(date: Date): string {
  return toSiteISO(date).slice(0, 10);
}

/** The year in the site's time zone. */
export function siteYear(date: Date): number {
  return Number(toSiteDay(date).slice(0, 4));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A date as readers of a language write it, in the site's time zone whatever the
 * build machine's: formatDate(d, 'vi') → '12 tháng 9, 2025', formatDate(d, 'en') → '12 September 2025'.
 */
export function formatDate(date: Date, locale: string): string {
  const intl = getLanguage(locale).intl;
  let f = formatters.get(intl);
  if (!f) {
    f = new Intl.DateTimeFormat(intl, { timeZone: SITE.timeZone, dateStyle: 'long' });
    formatters.set(intl, f);
  }
  return f.format(date);
}
