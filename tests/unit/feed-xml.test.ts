import { describe, expect, it } from 'vitest';
import { cleanXml, escapeXml, rfc822 } from '../../src/lib/feed/xml.ts';

describe('rfc822', () => {
  it('writes the date in the site offset, not GMT', () => {
    expect(rfc822(new Date('2025-09-12T16:30:00Z'), '+07:00')).toBe('Fri, 12 Sep 2025 23:30:00 +0700');
  });
  it('moves to the next day and year where the offset crosses midnight', () => {
    expect(rfc822(new Date('2025-12-31T20:00:00Z'), '+07:00')).toBe('Thu, 01 Jan 2026 03:00:00 +0700');
  });
  it('handles negative offsets', () => {
    expect(rfc822(new Date('2025-01-01T02:00:00Z'), '-05:00')).toBe('Tue, 31 Dec 2024 21:00:00 -0500');
  });
});

describe('cleanXml', () => {
  it('removes the characters XML 1.0 forbids and keeps tabs, newlines and astral characters', () => {
    expect(cleanXml('a\u0000b\u0007c\u000Bd\uFFFEe\uFFFF\u{1F600}\t\n\r')).toBe('abcde\u{1F600}\t\n\r');
  });
  it('removes lone surrogates', () => {
    expect(cleanXml('x\uD800y\uDC00z')).toBe('xyz');
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and quotes after cleaning', () => {
    expect(escapeXml('<a & "b">\u0008')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
  });
});
