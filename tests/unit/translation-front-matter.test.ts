import { describe, expect, it } from 'vitest';
import { parseArticleText as matter } from '../../src/lib/content/parse-article.ts';
import { setFrontMatterField } from '../../src/lib/translation-status/front-matter-field.ts';

describe('setFrontMatterField', () => {
  it('replaces only the line of an existing field', () => {
    const text = '---\ntitle: "A: b"   # kept\nsource_version: old\ntags: [x]\n---\nBody\n';
    expect(setFrontMatterField(text, 'source_version', 'abc123')).toBe('---\ntitle: "A: b"   # kept\nsource_version: "abc123"\ntags: [x]\n---\nBody\n');
  });

  it('adds the field at the end of the front-matter when it is absent', () => {
    expect(setFrontMatterField('---\ntitle: A\n---\n\nBody', 'source_version', 'abc')).toBe('---\ntitle: A\nsource_version: "abc"\n---\n\nBody');
  });

  it('keeps a byte-order mark and CRLF line endings', () => {
    const text = '\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n';
    expect(setFrontMatterField(text, 'source_version', 'abc')).toBe('\uFEFF---\r\ntitle: A\r\nsource_version: "abc"\r\n---\r\nBody\r\n');
  });

  it('does not touch a nested key or a body line of the same name', () => {
    const text = '---\ntitle: A\nmeta:\n  source_version: nested\n---\nsource_version: in the body\n';
    const out = setFrontMatterField(text, 'source_version', 'abc');
    expect(out).toBe('---\ntitle: A\nmeta:\n  source_version: nested\nsource_version: "abc"\n---\nsource_version: in the body\n');
  });

  it('quotes the value so that a hash of digits and one e stays a string', () => {
    const out = setFrontMatterField('---\ntitle: A\n---\n', 'source_version', '12e456789012');
    expect(matter(out).data.source_version).toBe('12e456789012');
  });

  it('refuses a file without front-matter', () => {
    expect(() => setFrontMatterField('Just text\n', 'source_version', 'abc')).toThrow(/no front-matter/);
    expect(() => setFrontMatterField('---\ntitle: A\n', 'source_version', 'abc')).toThrow(/not closed/);
  });
});
