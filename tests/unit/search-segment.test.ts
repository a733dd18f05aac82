import { describe, expect, it } from 'vitest';
import { indexableText, prepareQuery, segmentWords } from '../../src/lib/search/segment.ts';

describe('segmentWords', () => {
  it('splits Lao into dictionary words', () => {
    const words = segmentWords('ຄະນະຜູ້ແທນມິດຕະພາບລາວ', 'lo').split(' ');
    expect(words.length).toBeGreaterThan(1);
    expect(words).toContain('ມິດຕະພາບ');
    expect(words.join('')).toBe('ຄະນະຜູ້ແທນມິດຕະພາບລາວ');
  });

  it('splits Khmer into dictionary words', () => {
    const words = segmentWords('ខេត្តតាយនិញផ្តល់អាហារូបករណ៍ដល់និស្សិតកម្ពុជា', 'km').split(' ');
    expect(words).toContain('អាហារូបករណ៍');
    expect(words).toContain('កម្ពុជា');
  });

  it('turns zero-width spaces into real ones (Pagefind strips them) and collapses runs', () => {
    expect(segmentWords('ມິດຕະພາບ\u200bລາວ   ລາວ', 'lo')).toBe('ມິດຕະພາບ ລາວ ລາວ');
  });
});

describe('indexableText', () => {
  it('segments Lao and Khmer text', () => {
    expect(indexableText('ມິດຕະພາບລາວ', 'lo')).toBe('ມິດຕະພາບ ລາວ');
  });

  it('keeps Vietnamese as written and appends the folded đ words', () => {
    expect(indexableText('Huế bàn về đối ngoại', 'vi')).toBe('Huế bàn về đối ngoại\ndoi');
  });

  it('normalises NFD text to NFC', () => {
    const text = indexableText('Huế'.normalize('NFD'), 'vi');
    expect(text).toBe('Huế');
  });

  it('leaves Chinese to Pagefind, which segments it', () => {
    expect(indexableText('顺化举行座谈会', 'zh')).toBe('顺化举行座谈会');
  });
});

describe('prepareQuery', () => {
  it('segments a Lao or Khmer query like the index', () => {
    expect(prepareQuery(' ມິດຕະພາບລາວ ', 'lo')).toBe(indexableText('ມິດຕະພາບລາວ', 'lo'));
    expect(prepareQuery('អាហារូបករណ៍កម្ពុជា', 'km')).toBe('អាហារូបករណ៍ កម្ពុជា');
  });

  it('keeps Vietnamese marks (exact matches rank first) but normalises to NFC', () => {
    expect(prepareQuery('đối  ngoại'.normalize('NFD'), 'vi')).toBe('đối ngoại');
  });
});
