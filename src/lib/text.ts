/**
 * Normalise every string inside a value to Unicode NFC.
 * Vietnamese typed on some systems arrives decomposed (NFD); everything downstream
 * (slugs, search, comparisons) assumes NFC.
 */
export function toNFC<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(toNFC) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [toNFC(k), toNFC(v)])) as T;
  }
  return value;
}

/** Strip a UTF-8 BOM and turn CRLF/CR line endings into LF. */
export function cleanSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
