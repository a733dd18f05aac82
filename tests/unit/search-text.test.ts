import { describe, expect, it } from 'vitest';
import { exactFirst, foldStroke, fromIndexed, hasMarks, segmentWords, toIndexed, toQuery } from '../../src/lib/search/text.ts';

describe('the indexed copy of Vietnamese text', () => {
  it('marks đ and Đ with a combining stroke, and nothing else', () => {
    expect(foldStroke('Đà Nẵng đối ngoại')).toBe('D\u0345à Nẵng d\u0345ối ngoại');
    expect(toIndexed('Huế tọa đàm', 'vi', false)).toBe('Huế tọa d\u0345àm');
  });
  it('turns NFD input into the same NFC copy', () => {
    const nfc = 'Đối ngoại nhân dân Quảng Trị';
    expect(toIndexed(nfc.normalize('NFD'), 'vi', false)).toBe(toIndexed(nfc, 'vi', false));
  });
  it('reads back as it was written', () => {
    const text = 'Đoàn đại biểu Đà Nẵng';
    expect(fromIndexed(toIndexed(text, 'vi', false), false)).toBe(text);
    expect(fromIndexed(`<mark>${toIndexed('đối', 'vi', false)}</mark> ngoại`, false)).toBe('<mark>đối</mark> ngoại');
  });
});

describe('the query', () => {
  it('marks đ as the index does and keeps tone marks, so that exact marks can rank first', () => {
    expect(toQuery('Đối ngoại nhân dân', 'vi', false)).toBe('d\u0345ối ngoại nhân dân');
    expect(toQuery('doi ngoai nhan dan', 'vi', false)).toBe('doi ngoai nhan dan');
  });
  it('is the same for NFD and NFC input', () => {
    expect(toQuery('Đà Nẵng'.normalize('NFD'), 'vi', false)).toBe(toQuery('Đà Nẵng', 'vi', false));
  });
  it('collapses spaces', () => {
    expect(toQuery('  Huế \t  tọa   đàm ', 'vi', false)).toBe('huế tọa d\u0345àm');
  });
  it('cuts Lao, Khmer and Chinese into the words the indexed text was cut into', () => {
    const cases: [string, string][] = [
      ['ນັກຮຽນລາວ ແລະ ຫວຽດນາມ ເຂົ້າຮ່ວມງານແລກປ່ຽນວັດທະນະທຳ', 'lo'],
      ['សិស្សឡាវ និងវៀតណាម ចូលរួមកម្មវិធីផ្លាស់ប្តូរវប្បធម៌', 'km'],
      ['老挝和越南学生在顺化参加文化交流活动。', 'zh-Hans'],
    ];
    for (const [text, lang] of cases) {
      const indexed = toIndexed(text, lang, true).split(' ');
      for (const word of toQuery(text, lang, true).split(' ')) expect(indexed, `${lang} ${word}`).toContain(word);
    }
    expect(toQuery('ວັດທະນະທຳ', 'lo', true)).toBe('ວັດທະນະທຳ');
    expect(toQuery('人民外交', 'zh-Hans', true)).toBe('人民 外交');
    expect(toQuery('វប្បធម៌ និងមិត្តភាព', 'km', true)).toBe('វប្បធម៌ និង មិត្តភាព');
  });
  it('drops punctuation between segmented words', () => {
    expect(toQuery('文化。交流', 'zh-Hans', true)).toBe('文化 交流');
  });
});

describe('segmented text', () => {
  it('puts spaces between words and marks the spaces that were there', () => {
    expect(segmentWords('ວັດທະນະທຳ ແລະ ມິດຕະພາບ', 'lo')).toEqual(['ວັດທະນະທຳ', 'ແລະ', 'ມິດຕະພາບ']);
    expect(toIndexed('ນັກຮຽນລາວ ແລະ', 'lo', true)).toBe('ນັກຮຽນ ລາວ \u2060 ແລະ');
  });
  it('reads back as it was written, the real spaces kept', () => {
    for (const [text, lang] of [
      ['ນັກຮຽນລາວ ແລະ ຫວຽດນາມ ເຂົ້າຮ່ວມງານ ASEAN 2025.', 'lo'],
      ['ទីក្រុងដាណាំង ផ្តល់អាហារូបករណ៍ដល់និស្សិតឡាវ។', 'km'],
      ['岘港市向老挝学生颁发奖学金。', 'zh-Hans'],
    ]) {
      expect(fromIndexed(toIndexed(text, lang, true), true)).toBe(text);
    }
  });
  it("reads back Pagefind's Chinese text, which keeps zero-width spaces between words", () => {
    expect(fromIndexed('<mark>人民</mark> \u200b外交 \u200b', true)).toBe('<mark>人民</mark>外交');
  });
});

describe('exact marks first', () => {
  const pages = [
    { url: 'a', text: 'Cuộc đời ngoài đảo' },
    { url: 'b', text: 'Tọa đàm về đối ngoại nhân dân' },
    { url: 'c', text: 'Đời ngoài đảo' },
    { url: 'd', text: 'Đối ngoại' },
  ];
  it('puts pages with the marks as typed first, keeping the order within each group', () => {
    expect(exactFirst(pages, 'đối ngoại', (p) => p.text).map((p) => p.url)).toEqual(['b', 'd', 'a', 'c']);
    expect(exactFirst(pages, 'Đời', (p) => p.text).map((p) => p.url)).toEqual(['a', 'c', 'b', 'd']);
  });
  it('matches NFD queries and the start of words', () => {
    expect(exactFirst(pages, 'đối ngo'.normalize('NFD'), (p) => p.text).map((p) => p.url)).toEqual(['b', 'd', 'a', 'c']);
  });
  it('knows a query with marks from one without', () => {
    expect(hasMarks('đối ngoại')).toBe(true);
    expect(hasMarks('da nang')).toBe(false);
    expect(hasMarks('đa')).toBe(true);
    expect(hasMarks('Huế'.normalize('NFD'))).toBe(true);
  });
});
