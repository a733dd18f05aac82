import { describe, expect, it } from 'vitest';
import { checkProvince } from '../../src/lib/validate/province.ts';
import type { Registry } from '../../src/lib/registry.ts';

const registry: Registry = {
  provinces: new Map([
    ['khanh-hoa', { code: 'khanh-hoa', name: { vi: 'Khánh Hòa' } }],
    ['da-nang', { code: 'da-nang', name: { vi: 'Đà Nẵng' } }],
    ['ninh-thuan', { code: 'ninh-thuan', name: { vi: 'Ninh Thuận' }, former: true, merged_into: 'khanh-hoa' }],
    ['quang-nam', { code: 'quang-nam', name: { vi: 'Quảng Nam' }, former: true, merged_into: 'da-nang', merged_on: '2025-08-01' } as never],
  ]),
  regions: new Map(),
  tags: new Map(),
};
const run = (province: string, date = '2025-01-01') =>
  checkProvince({ file: 'a/vi.md', folder: 'a', slug: 'a', locale: 'vi', ext: '.md', data: { province, date }, lines: { province: 4 } }, registry);

describe('checkProvince', () => {
  it('suggests the closest codes for a code not in the registry, also when a name was typed', () => {
    expect(run('khanh-hao')).toMatchObject([
      { line: 4, severity: 'error', message: 'the province "khanh-hao" is not in provinces.yaml', fix: 'did you mean "khanh-hoa"?' },
    ]);
    expect(run('Đà Nẵng')[0].fix).toBe('did you mean "da-nang"?');
    expect(run('ha-giang')[0].fix).toContain('provinces.yaml');
  });

  it('warns about a former province for an article dated after its merger', () => {
    expect(run('ninh-thuan', '2025-06-30')).toEqual([]);
    expect(run('ninh-thuan', '2025-07-01')).toMatchObject([
      { severity: 'warning', message: '"ninh-thuan" was merged into "khanh-hoa" on 2025-07-01, before this article\'s date' },
    ]);
    expect(run('quang-nam', '2025-07-15')).toEqual([]);
    expect(run('quang-nam', '2025-08-01')).toHaveLength(1);
  });
});
