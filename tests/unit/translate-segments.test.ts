import { describe, expect, it } from 'vitest';
import { applySegments, bodySegments, plainSegment, renderAll, type Segment } from '../../src/lib/translate/segments.ts';
import { parseWire, WireError } from '../../src/lib/translate/wire.ts';
import type { GlossaryEntry } from '../../src/lib/translate/glossary.ts';

/** A fake engine: marks every text run, keeps every tag, as a real engine must. */
const fake = (wire: string) => wire.replace(/(^|>)([^<]*[^<\s][^<]*)(?=<|$)/g, (_, a: string, t: string) => `${a}EN(${t})`);
function roundTrip(body: string, mdx = false, glossary: GlossaryEntry[] = [], engine = fake) {
  const segments = bodySegments(body, mdx, 'en', glossary);
  const rendered = renderAll(
    segments,
    segments.map((s) => parseWire(engine(s.wire), s.expected)),
  );
  return { segments, out: applySegments(body, segments, rendered) };
}

describe('bodySegments', () => {
  it('sends only text, with inline markup as tags, one segment per block', () => {
    const body = '## Tọa đàm **hữu nghị**\n\nĐoàn thăm [Lào](https://vi.wikipedia.org/wiki/Lào "Lào") và `code`.\n\n- Một\n- Hai\n';
    const { segments } = roundTrip(body);
    expect(segments.map((s) => [s.line, s.wire])).toEqual([
      [1, 'Tọa đàm <g id="1">hữu nghị</g>'],
      [3, 'Đoàn thăm <g id="1">Lào</g> và <x id="2"/>.'],
      [5, 'Một'],
      [6, 'Hai'],
    ]);
  });

  it('gives back structure, addresses, code and HTML exactly, with the text translated', () => {
    const body = [
      '## Tọa đàm **hữu nghị**',
      '',
      'Đoàn thăm [Lào](https://vi.wikipedia.org/wiki/Lào) và `npm run build`, xem <https://hue.gov.vn>.',
      '',
      '![Hội trường *lớn*](hoi-truong.jpg "Ảnh")',
      '',
      '```',
      'mã không dịch',
      '```',
      '',
      '<iframe src="https://www.youtube-nocookie.com/embed/x" title="Phim"></iframe>',
      '',
      '| Tỉnh | Số |',
      '|---|---|',
      '| Huế | 3 |',
      '',
    ].join('\n');
    expect(roundTrip(body).out).toBe(
      [
        '## EN(Tọa đàm )**EN(hữu nghị)**',
        '',
        'EN(Đoàn thăm )[EN(Lào)](https://vi.wikipedia.org/wiki/Lào)EN( và )`npm run build`EN(, xem )<https://hue.gov.vn>EN(.)',
        '',
        // The alt text of a picture is plain text: its emphasis was never shown.
        '![EN(Hội trường lớn)](hoi-truong.jpg "Ảnh")',
        '',
        '```',
        'mã không dịch',
        '```',
        '',
        '<iframe src="https://www.youtube-nocookie.com/embed/x" title="Phim"></iframe>',
        '',
        '| EN(Tỉnh) | EN(Số) |',
        '|---|---|',
        '| EN(Huế) | EN(3) |',
        '',
      ].join('\n'),
    );
  });

  it('translates the text props of MDX components and keeps imports, names and other props', () => {
    const body = [
      "import anh from './anh.jpg';",
      '',
      '<Figure src={anh} alt="Hội trường" caption="Khai mạc" />',
      '',
      '<Gallery images={[{ src: anh, alt: \'Ảnh một\', caption: "Lễ" }]} />',
      '',
      '<Video provider="youtube" id="abc" title="Phim tư liệu" />',
      '',
      '<PullQuote cite="Ông Sơn">Hữu nghị là **nền tảng**.</PullQuote>',
      '',
    ].join('\n');
    expect(roundTrip(body, true).out).toBe(
      [
        "import anh from './anh.jpg';",
        '',
        '<Figure src={anh} alt="EN(Hội trường)" caption="EN(Khai mạc)" />',
        '',
        '<Gallery images={[{ src: anh, alt: "EN(Ảnh một)", caption: "EN(Lễ)" }]} />',
        '',
        '<Video provider="youtube" id="abc" title="EN(Phim tư liệu)" />',
        '',
        '<PullQuote cite="EN(Ông Sơn)">EN(Hữu nghị là )**EN(nền tảng)**EN(.)</PullQuote>',
        '',
      ].join('\n'),
    );
  });

  it('escapes what a translation could turn into markup or MDX code', () => {
    const evil = (wire: string) => wire.replace(/^[^<]+/, '# {process.exit(1)} <script>x</script> *a* 1. "q" & b');
    expect(roundTrip('Xin chào.\n', true, [], evil).out).toBe('\\# \\{process.exit(1)\\} \\<script\\>x\\</script\\> \\*a\\* 1. "q" \\& b\n');
    const attr = roundTrip('<Figure src={a} alt="x" />\n', true, [], () => 'say "hi" & go');
    expect(attr.out).toBe('<Figure src={a} alt="say &quot;hi&quot; &amp; go" />\n');
  });

  it('sends glossary terms as tags that come back as the official name', () => {
    const glossary: GlossaryEntry[] = [
      { term: 'Liên hiệp các tổ chức hữu nghị', names: { en: 'Union of Friendship Organizations' } },
      { term: 'Huế', names: { en: 'Hue', fr: 'Hué' } },
    ];
    const { segments, out } = roundTrip('Liên hiệp các tổ chức hữu nghị tỉnh Huế và Huếx.\n', false, glossary);
    expect(segments[0].wire).toBe('<x id="1"/> tỉnh <x id="2"/> và Huếx.');
    expect(out).toBe('Union of Friendship OrganizationsEN( tỉnh )HueEN( và Huếx.)\n');
  });

  it('refuses a translation that lost, doubled or invented a tag', () => {
    const [s] = bodySegments('Đoàn **hữu nghị** và `x`.\n', false, 'en', []);
    expect(() => parseWire('Delegation friendship and.', s.expected)).toThrow(WireError);
    expect(() => parseWire('<g id="1">a</g><g id="1">b</g><x id="2"/>', s.expected)).toThrow(/twice/);
    expect(() => parseWire('<g id="1">a</g><x id="2"/><x id="9"/>', s.expected)).toThrow(/not sent/);
    expect(() => parseWire('<g id="1">a<x id="2"/>', s.expected)).toThrow(/closing/);
    expect(s.render(parseWire('The <x id="2"/> of <g id="1">friendship</g> &amp; co', s.expected))).toBe('The `x` of **friendship** \\& co');
  });
});

describe('plainSegment', () => {
  it('sends a front-matter field as text and gives the translation back unescaped', () => {
    const s = plainSegment('Huế & Viêng Chăn', 'en', [{ term: 'Viêng Chăn', names: { en: 'Vientiane' } }]) as Segment;
    expect(s.wire).toBe('Huế &amp; <x id="1"/>');
    expect(s.render(parseWire('Hue &amp; <x id="1"/>', s.expected))).toBe('Hue & Vientiane');
  });
});
