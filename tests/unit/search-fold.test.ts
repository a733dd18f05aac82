import { describe, expect, it } from 'vitest';
import { foldForSearch, foldedExtras } from '../../src/lib/search/fold.ts';

describe('foldForSearch', () => {
  it('folds đ and every mark, and lower-cases', () => {
    expect(foldForSearch('Đối ngoại nhân dân')).toBe('doi ngoai nhan dan');
    expect(foldForSearch('ĐÀ NẴNG')).toBe('da nang');
    expect(foldForSearch('Huế')).toBe('hue');
  });

  it('gives the same result for NFD and NFC input', () => {
    const nfd = 'Đà Nẵng đối ngoại'.normalize('NFD');
    expect(nfd).not.toBe('Đà Nẵng đối ngoại');
    expect(foldForSearch(nfd)).toBe(foldForSearch('Đà Nẵng đối ngoại'));
  });

  it('leaves text without marks alone apart from case', () => {
    expect(foldForSearch('People-to-people 2025')).toBe('people-to-people 2025');
  });
});

describe('foldedExtras', () => {
  it('lists each đ word once, folded, and nothing else', () => {
    expect(foldedExtras('Đà Nẵng tổ chức đối ngoại, Đà Nẵng; ĐỐI')).toEqual(['da', 'doi']);
  });

  it('finds đ words written in NFD', () => {
    expect(foldedExtras('đối ngoại'.normalize('NFD'))).toEqual(['doi']);
  });

  it('is empty for text without đ', () => {
    expect(foldedExtras('Huế tọa bàn về nhân dân')).toEqual([]);
  });
});
