import { describe, expect, it } from 'vitest';
import { coversText, parseUnicodeRange, rangeOf } from '../../src/lib/unicode-range.ts';

describe('unicode-range', () => {
  it('reads ranges, single points and wildcards', () => {
    expect(parseUnicodeRange('U+20-22, U+4e2d,U+4??')).toEqual([
      [0x20, 0x22],
      [0x4e2d, 0x4e2d],
      [0x400, 0x4ff],
    ]);
  });

  it('tells whether a font slice covers a text', () => {
    const ranges = parseUnicodeRange('U+4e00,U+4e2d,U+6587');
    expect(coversText(ranges, '中文')).toBe(true);
    expect(coversText(ranges, '中国')).toBe(false);
  });

  it('gives the range of exactly the letters of a name beyond ASCII', () => {
    expect(rangeOf('中文')).toBe('U+4e2d,U+6587');
    expect(rangeOf('ລາວ')).toBe('U+ea5,U+ea7,U+eb2');
    expect(rangeOf('English')).toBe('');
  });
});
