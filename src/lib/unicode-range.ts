/**
 * CSS `unicode-range` values: reading them, and writing the smallest one for a set of
 * characters. Pure.
 */

/** 'U+20-22,U+4e2d' → [[0x20, 0x22], [0x4e2d, 0x4e2d]] (wildcards such as U+4?? included). */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part): [number, number] => {
      if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'f'), 16)];
      const [a, b = a] = part.split('-');
      return [parseInt(a, 16), parseInt(b, 16)];
    });
}

/** Whether every character of `text` is in the ranges. */
export function coversText(ranges: [number, number][], text: string): boolean {
  return [...text].every((c) => ranges.some(([a, b]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b));
}

/** The unicode-range of exactly the characters of `text` that are not ASCII: '中文' → 'U+4e2d,U+6587'. */
export function rangeOf(text: string): string {
  const points = [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((p) => p > 0x7f).sort((a, b) => a - b);
  return points.map((p) => `U+${p.toString(16)}`).join(',');
}
