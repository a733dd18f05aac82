import { describe, expect, it } from 'vitest';
import { provinceDirectory } from '../../src/lib/province-directory.ts';
import type { Registry } from '../../src/lib/registry.ts';

const registry: Registry = {
  regions: new Map(),
  tags: new Map(),
  provinces: new Map(
    [
      ['dong-thap', { vi: 'Đồng Tháp', en: 'Dong Thap' }],
      ['da-nang', { vi: 'Đà Nẵng', en: 'Da Nang' }],
      ['dak-lak', { vi: 'Đắk Lắk', en: 'Dak Lak' }],
      ['ca-mau', { vi: 'Cà Mau', en: 'Ca Mau' }],
      ['an-giang', { vi: 'An Giang', en: 'An Giang' }],
      ['hue', { vi: 'Huế', en: 'Hue' }],
    ].map(([code, name]) => [code as string, { code: code as string, name: name as Record<string, string> }]),
  ),
};
registry.provinces.set('quang-nam', { code: 'quang-nam', name: { vi: 'Quảng Nam' }, former: true, merged_into: 'da-nang' });

describe('provinceDirectory', () => {
  it('sorts in Vietnamese order for vi: D before Đ', () => {
    const { current } = provinceDirectory(registry, [], 'vi');
    expect(current.map((p) => p.name)).toEqual(['An Giang', 'Cà Mau', 'Đà Nẵng', 'Đắk Lắk', 'Đồng Tháp', 'Huế']);
  });
  it('lists former provinces only when an article names them, with counts', () => {
    const { former, current } = provinceDirectory(registry, [{ source: { province: 'quang-nam' } }, { source: { province: 'hue' } }], 'en');
    expect(former).toEqual([{ code: 'quang-nam', name: 'Quảng Nam', nameLang: 'vi', count: 1 }]);
    expect(current.find((p) => p.code === 'hue')!.count).toBe(1);
    expect(provinceDirectory(registry, [], 'en').former).toEqual([]);
  });
});
