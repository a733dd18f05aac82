/** Characters XML 1.0 does not allow anywhere, even escaped (control characters, lone surrogates). */
const FORBIDDEN = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Remove what XML 1.0 forbids: cleanXml('a\u0007b') → 'ab'. */
export function cleanXml(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Escape text for an XML element or attribute, after removing forbidden characters. */
export function escapeXml(text: string): string {
  return cleanXml(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An RFC 822 date with the site's offset, as RSS wants it:
 * rfc822(new Date('2025-09-12T16:30:00Z'), '+07:00') → 'Fri, 12 Sep 2025 23:30:00 +0700'.
 */
export function rfc822(date: Date, offset: string): string {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset) ?? ['', '+', '00', '00'];
  const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  const d = new Date(date.getTime() + minutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${m[1]}${m[2]}${m[3]}`;
}
