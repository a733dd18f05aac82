import { describe, expect, it } from 'vitest';
import { excerpt, htmlToText } from '../../src/lib/excerpt.ts';

describe('htmlToText', () => {
  it('keeps inline markup from adding spaces and block markup from gluing words', () => {
    expect(htmlToText('<p>Tại <strong>Huế</strong>, năm <em>2025</em>.</p><p>Đoàn</p>')).toBe('Tại Huế, năm 2025. Đoàn');
  });
  it('decodes entities and drops scripts', () => {
    expect(htmlToText('A &amp; B &#x110;&#7871;<script>x()</script>')).toBe('A & B Đế');
  });
});

describe('excerpt', () => {
  it('cuts at a word boundary', () => {
    expect(excerpt('Một hai ba bốn năm sáu', 12)).toBe('Một hai ba…');
    // The cut falls inside "bốn": the word goes whole, never "Một hai ba b…".
    expect(excerpt('Một hai ba bốn năm sáu', 13)).toBe('Một hai ba…');
    expect(excerpt('Một hai ba bốn năm sáu', 17)).toBe('Một hai ba bốn…');
  });
  it('cuts inside a word only when the last space is too early to keep most of the text', () => {
    expect(excerpt('Xin Liênhiệpcáctổchứchữunghị', 15)).toBe('Xin Liênhiệpcá…');
  });
  it('cuts text without spaces at a grapheme boundary', () => {
    const khmer = 'មិត្តភាពវៀតណាមកម្ពុជា';
    const cut = excerpt(khmer, 8);
    expect(cut.endsWith('…')).toBe(true);
    expect(khmer.startsWith(cut.slice(0, -1))).toBe(true);
  });
  it('leaves short text alone', () => {
    expect(excerpt('Ngắn', 10)).toBe('Ngắn');
  });
});
