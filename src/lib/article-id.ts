/**
 * A stable article id, written once into the source's front-matter by `npm run new` and
 * never changed: it survives renaming the article's folder, so feeds can use it as a guid.
 * The day (in the site's time zone) keeps ids roughly sortable; eight random base-32
 * letters make a clash between two newsrooms' editors practically impossible.
 *
 * articleId('2025-09-12', Uint8Array.of(0, 1, 2, 3, 4)) → '20250912-aaaqeaye'
 */
export function articleId(day: string, random: Uint8Array): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`articleId: expected a day as YYYY-MM-DD, got "${day}"`);
  if (random.length < 5) throw new Error('articleId: needs at least 5 random bytes (40 bits)');
  return `${day.replaceAll('-', '')}-${base32(random.subarray(0, 5))}`;
}

/** Whether a string has the shape `articleId` writes: isArticleId('20250912-aaaqeaye') → true. */
export function isArticleId(id: string): boolean {
  return /^\d{8}-[a-z2-7]{8}$/.test(id);
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** RFC 4648 base 32, lower-case, without padding: 5 bytes → 8 letters. */
function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1; // keep only the bits not yet written
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}
