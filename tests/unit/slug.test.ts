import { describe, expect, it } from 'vitest';
import { foldMarks, isValidSlug, slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('folds Vietnamese marks and Đ/đ', () => {
    expect(slugify('Tọa đàm Đối ngoại nhân dân 2025')).toBe('toa-dam-doi-ngoai-nhan-dan-2025');
    expect(slugify('Đà Nẵng – Huế')).toBe('da-nang-hue');
  });
  it('gives the same slug for NFC and NFD input', () => {
    expect(slugify('Quảng Trị'.normalize('NFD'))).toBe(slugify('Quảng Trị'));
  });
  it('folds text without changing its case', () => {
    expect(foldMarks('Đồng Tháp')).toBe('Dong Thap');
  });
  it('accepts only lower-case ASCII slugs', () => {
    expect(isValidSlug('hue-toa-dam-2025')).toBe(true);
    expect(isValidSlug('Hue')).toBe(false);
    expect(isValidSlug('huế')).toBe(false);
    expect(isValidSlug('a--b')).toBe(false);
  });
});

describe('slugify in other scripts', () => {
  it('keeps Khmer and Lao vowel signs, which are part of the word', () => {
    expect(slugify('ការអប់រំ')).toBe('ការអប់រំ');
    expect(slugify('ການສຶກສາ')).toBe('ການສຶກສາ');
    expect(slugify('友好 合作')).toBe('友好-合作');
  });
  it('gives nothing for a tag without letters or digits', () => {
    expect(slugify('..')).toBe('');
    expect(slugify('#')).toBe('');
    expect(slugify('🎉')).toBe('');
  });
});
