import { describe, expect, it } from 'vitest';
import { machineDigest, planTranslation, SegmentError } from '../../src/lib/translate/article.ts';
import { parseArticleText } from '../../src/lib/content/parse-article.ts';

const source = {
  data: {
    title: 'Huế tọa đàm hữu nghị',
    summary: 'Tóm tắt: "hữu nghị" & hợp tác.',
    image: 'bia.jpg',
    image_alt: 'Hội trường',
    province: 'hue',
    tags: ['hữu nghị'],
  },
  body: '\nĐoạn **một**.\n\n## Hai\n',
  mdx: false,
};
const fake = (wire: string) => wire.replace(/(^|>)([^<]*[^<\s][^<]*)(?=<|$)/g, (_, a: string, t: string) => `${a}[en] ${t}`);

describe('planTranslation', () => {
  it('sends the title, summary and cover alt, then the body, and writes a machine translation that reads back with its digest', () => {
    const plan = planTranslation(source, 'en', []);
    expect(plan.where).toEqual(['title', 'summary', 'image_alt', 'body line 2', 'body line 4']);
    const text = plan.assemble(
      plan.segments.map((s) => fake(s.wire)),
      { translator: 'Google Cloud Translation', sourceVersion: 'abc123def456' },
    );
    const parsed = parseArticleText(text);
    expect(parsed.data).toEqual({
      title: '[en] Huế tọa đàm hữu nghị',
      summary: '[en] Tóm tắt: "hữu nghị" & hợp tác.',
      image_alt: '[en] Hội trường',
      translation: 'machine',
      translator: 'Google Cloud Translation',
      source_version: 'abc123def456',
      machine_digest: machineDigest(parsed.data, parsed.body),
    });
    // Brackets in translated text are escaped: they could otherwise make a link.
    expect(parsed.body).toBe('\n\\[en\\] Đoạn **\\[en\\] một**\\[en\\] .\n\n## \\[en\\] Hai\n');
  });

  it('gives a digest that any edit changes, and whitespace at the ends does not', () => {
    const d = machineDigest({ title: 'A' }, 'Body\n');
    expect(machineDigest({ title: 'A' }, '\nBody')).toBe(d);
    expect(machineDigest({ title: 'A.' }, 'Body\n')).not.toBe(d);
    expect(machineDigest({ title: 'A' }, 'Body!\n')).not.toBe(d);
  });

  it('names the segment that came back broken', () => {
    const plan = planTranslation(source, 'en', []);
    const translated = plan.segments.map((s) => fake(s.wire));
    translated[3] = 'Paragraph one.';
    expect(() => plan.assemble(translated, { translator: 'x', sourceVersion: 'y' })).toThrow(SegmentError);
    expect(() => plan.assemble(translated, { translator: 'x', sourceVersion: 'y' })).toThrow(/^body line 2: the tag <g id="1"> did not come back/);
  });
});
