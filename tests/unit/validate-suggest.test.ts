import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/lib/validate/suggest.ts';

describe('suggestions', () => {
  it('measures edit distance', () => {
    expect(editDistance('khanh-hao', 'khanh-hoa')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('finds the closest codes, also from a name typed with marks, and nothing far away', () => {
    expect(closest('khanh-hao', ['khanh-hoa', 'hue', 'ha-noi'])).toEqual(['khanh-hoa']);
    expect(closest('Đà Nẵng', ['da-nang', 'hue'], { 'da-nang': ['Đà Nẵng'] })).toEqual(['da-nang']);
    expect(closest('zzzzzz', ['hue'])).toEqual([]);
  });
});
