/**
 * Content written as a hostile (or careless) editor would: one case per class of attack or
 * mistake, each a small content folder. The same table drives the check test and the build
 * test (tests/build/hostile-content.test.ts), so that check and build are proven to agree.
 * Cases are written out at test time because some need what git cannot hold well (symbolic
 * links, control characters, megabytes of text).
 */
import fs from 'node:fs';
import path from 'node:path';

/** A file of the case: its text or bytes, or a symbolic link to a path (relative to the link). */
export type CaseFile = string | Buffer | { link: string };

export interface HostileCase {
  name: string;
  /** Files relative to the content folder; provinces.yaml is added unless given. */
  files: Record<string, CaseFile>;
  /** 'refused': check and build fail naming `file`; 'warned': both pass, check warns; 'accepted': both pass quietly. */
  outcome: 'refused' | 'warned' | 'accepted';
  /** The file the editor is told about, relative to the content folder. */
  file?: string;
  /** Words the report must contain. */
  says?: string;
  /** A page that must (accepted) or must not (warned/refused) be in the built site; required when accepted. */
  page?: string;
}

/** Replaced in every case file by the path of a file that content must never manage to write. */
export const SENTINEL = '@@SENTINEL@@';

const PROVINCES = `provinces:
  hue:
    name: { vi: Huế, en: Hue }
`;

/** An article file: front-matter fields (YAML lines) and a body. */
const article = (fields: string, body = 'Nội dung bài viết.\n') =>
  `---\ntitle: Tin thử\ndate: 2025-09-01\nprovince: hue\nauthor: Lê Thu Hà\nsummary: Tóm tắt.\n${fields}---\n${body}`;
const writeSentinel = `process.getBuiltinModule('node:fs').writeFileSync('${SENTINEL}', 'ran')`;
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
);
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" onload="fetch('/steal')"><script>alert(1)</script><rect width="10" height="10"/></svg>`;
const A = 'articles/2025/tin-thu';

export const HOSTILE_CASES: HostileCase[] = [
  // Code in MDX
  {
    name: 'mdx export running a command',
    outcome: 'refused',
    file: `${A}/vi.mdx`,
    says: 'export',
    files: { [`${A}/vi.mdx`]: article('', `export const x = ${writeSentinel};\n\nKết quả: {x}\n`) },
  },
  {
    name: 'mdx expression reading the environment',
    outcome: 'refused',
    file: `${A}/vi.mdx`,
    says: '{',
    files: { [`${A}/vi.mdx`]: article('', 'Bí mật: {process.env.HOME}\n') },
  },
  {
    name: 'mdx expression importing a module',
    outcome: 'refused',
    file: `${A}/vi.mdx`,
    says: '{',
    files: { [`${A}/vi.mdx`]: article('', `Hệ thống: {await import('node:fs').then((fs) => fs.writeFileSync('${SENTINEL}', 'x'))}\n`) },
  },
  {
    name: 'mdx expression calling alert',
    outcome: 'refused',
    file: `${A}/vi.mdx`,
    says: '{',
    files: { [`${A}/vi.mdx`]: article('', 'Xin chào {alert(1)}\n') },
  },
  {
    name: 'mdx spread attribute with set:html',
    outcome: 'refused',
    file: `${A}/vi.mdx`,
    says: 'spread',
    files: { [`${A}/vi.mdx`]: article('', `<PullQuote {...{ 'set:html': '<img src=x onerror=alert(1)>' }}>Trích dẫn</PullQuote>\n`) },
  },
  {
    name: 'mdx set:html directive',
    outcome: 'refused',
    file: `${A}/vi.mdx`,
    says: 'set:html',
    files: { [`${A}/vi.mdx`]: article('', `<PullQuote set:html="<img src=x onerror=alert(1)>">Trích dẫn</PullQuote>\n`) },
  },
  {
    name: 'mdx Figure with an object as src',
    outcome: 'refused',
    file: `${A}/vi.mdx`,
    says: 'src',
    files: { [`${A}/vi.mdx`]: article('', `<Figure src={{ src: 'javascript:alert(1)', width: 1, height: 1, format: 'jpg' }} alt="x" />\n`) },
  },
  {
    name: 'mdx import of a module',
    outcome: 'refused',
    file: `${A}/vi.mdx`,
    says: 'node:child_process',
    files: { [`${A}/vi.mdx`]: article('', `import cp from 'node:child_process';\n\nVăn bản.\n`) },
  },
  {
    name: 'mdx import from outside the article',
    outcome: 'refused',
    file: `${A}/vi.mdx`,
    says: '..',
    files: { [`${A}/vi.mdx`]: article('', `import secret from '../../../outside.jpg';\n\n<Figure src={secret} alt="x" />\n`), 'outside.jpg': JPEG },
  },
  {
    name: 'mdx in a .md file is text',
    outcome: 'accepted',
    page: '/vi/articles/tin-thu/',
    files: { [`${A}/vi.md`]: article('', 'Giá {process.exit(1)} và export const x = 1\n') },
  },

  // Front-matter that is code
  {
    name: 'front-matter in JavaScript',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'exactly ---',
    files: { [`${A}/vi.md`]: `---js\n{ title: (${writeSentinel}, 'Tin'), date: '2025-09-01', province: 'hue', author: 'A' }\n---\nVăn bản.\n` },
  },
  {
    name: 'front-matter with a !!js/function tag',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'YAML tag',
    files: { [`${A}/vi.md`]: article('tags: !!js/function "function () { return 1 }"\n') },
  },

  // Files and folders
  {
    name: 'folder starting with _',
    outcome: 'warned',
    file: 'articles/2025/_nhap',
    says: 'never published',
    page: '/vi/articles/tin-an/',
    files: { 'articles/2025/_nhap/tin-an/vi.md': article(''), [`${A}/vi.md`]: article('') },
  },
  {
    name: 'symbolic link to an article folder outside',
    outcome: 'refused',
    file: 'articles/2025/lien-ket',
    says: 'symbolic link',
    files: { 'articles/2025/lien-ket': { link: '../../outside' }, 'outside/vi.md': article(''), [`${A}/vi.md`]: article('') },
  },
  {
    name: 'upper-case extension',
    outcome: 'refused',
    file: `${A}/en.MD`,
    says: 'en.md',
    files: { [`${A}/vi.md`]: article(''), [`${A}/en.MD`]: '---\ntitle: Test\n---\nText.\n' },
  },
  {
    name: 'backup file in an article folder',
    outcome: 'warned',
    file: `${A}/vi.md.bak`,
    says: 'not published',
    files: { [`${A}/vi.md`]: article(''), [`${A}/vi.md.bak`]: article('') },
  },
  {
    name: 'article file of 2 MB',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'too large',
    files: { [`${A}/vi.md`]: article('', 'Văn bản rất dài. '.repeat(120_000)) },
  },

  // Pictures from outside the content
  {
    name: 'cover outside the article folder',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'outside the article folder',
    files: { [`${A}/vi.md`]: article('image: ../../../outside.jpg\nimage_alt: Ảnh\n'), 'outside.jpg': JPEG },
  },
  {
    name: 'cover as an absolute path',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'outside the article folder',
    files: { [`${A}/vi.md`]: article('image: /etc/hostname\nimage_alt: Ảnh\n') },
  },
  {
    name: 'cover on another site',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'another website',
    files: { [`${A}/vi.md`]: article('image: https://example.org/a.jpg\nimage_alt: Ảnh\n') },
  },
  {
    name: 'cover that is a symbolic link',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'symbolic link',
    files: { [`${A}/vi.md`]: article('image: cover.jpg\nimage_alt: Ảnh\n'), [`${A}/cover.jpg`]: { link: '../../../outside.jpg' }, 'outside.jpg': JPEG },
  },
  {
    name: 'body image outside the article folder',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'outside the article folder',
    files: { [`${A}/vi.md`]: article('', '![Ảnh](../../../outside.jpg)\n'), 'outside.jpg': JPEG },
  },
  {
    name: 'SVG picture with a script',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'SVG',
    files: { [`${A}/vi.md`]: article('', '![Logo](logo.svg)\n'), [`${A}/logo.svg`]: SVG },
  },
  {
    name: 'SVG cover',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'SVG',
    files: { [`${A}/vi.md`]: article('image: logo.svg\nimage_alt: Logo\n'), [`${A}/logo.svg`]: SVG },
  },

  // Bounded and located
  {
    name: 'unclosed tag with many attributes',
    outcome: 'accepted',
    page: '/vi/articles/tin-thu/',
    files: { [`${A}/vi.md`]: article('', `<div${' a="x"'.repeat(40)}\n\nVăn bản.\n`) },
  },
  {
    name: 'tag of 300 characters',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'too long',
    files: { [`${A}/vi.md`]: article(`tags: [${'a'.repeat(300)}]\n`) },
  },
  {
    name: 'summary of 5 MB',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'too large',
    files: { [`${A}/vi.md`]: article('').replace('summary: Tóm tắt.', `summary: "${'Tóm tắt dài. '.repeat(400_000)}"`) },
  },
  {
    name: 'summary of 2,000 characters',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'too long',
    files: { [`${A}/vi.md`]: article('').replace('summary: Tóm tắt.', `summary: "${'Tóm tắt dài. '.repeat(160)}"`) },
  },
  {
    name: 'province code that is a path',
    outcome: 'refused',
    file: 'provinces.yaml',
    says: 'lower-case ASCII',
    files: { 'provinces.yaml': `${PROVINCES}  ../../x:\n    name: { vi: X }\n`, [`${A}/vi.md`]: article('') },
  },
  {
    name: 'two articles with the same id',
    outcome: 'refused',
    file: 'articles/2025/tin-hai/vi.md',
    says: 'same id',
    files: { [`${A}/vi.md`]: article('id: 20250901-aaaaaaaa\n'), 'articles/2025/tin-hai/vi.md': article('id: 20250901-aaaaaaaa\n') },
  },

  // Invisible characters
  {
    name: 'escape sequence in a title',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'U+001B',
    files: { [`${A}/vi.md`]: article('').replace('title: Tin thử', 'title: "Tin \\u001B[31mđỏ"') },
  },
  { name: 'NUL in the body', outcome: 'refused', file: `${A}/vi.md`, says: 'U+0000', files: { [`${A}/vi.md`]: article('', 'Văn\u0000bản.\n') } },
  {
    name: 'right-to-left override in a title',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'U+202E',
    files: { [`${A}/vi.md`]: article('').replace('title: Tin thử', 'title: Tin \u202Egnp.exe') },
  },

  // Tags
  {
    name: 'tag without letters',
    outcome: 'refused',
    file: `${A}/vi.md`,
    says: 'no letters or digits',
    files: { [`${A}/vi.md`]: article('tags: ["..", "#"]\n') },
  },
  {
    name: 'translation with its own tags',
    outcome: 'refused',
    file: `${A}/en.md`,
    says: 'cannot set its own tags',
    files: { [`${A}/vi.md`]: article('tags: [giáo dục]\n'), [`${A}/en.md`]: '---\ntitle: Test\ntags: [education]\n---\nText.\n' },
  },
  { name: 'Khmer tag', outcome: 'accepted', page: '/vi/tags/ការអប់រំ/', files: { [`${A}/vi.md`]: article('tags: [ការអប់រំ]\n') } },

  // Links the sanitiser keeps
  {
    name: 'telephone link',
    outcome: 'accepted',
    page: '/vi/articles/tin-thu/',
    files: { [`${A}/vi.md`]: article('', 'Gọi [0234 382 2222](tel:+842343822222).\n') },
  },
];

/** Write a case into `dir` (emptied first), with the sentinel replaced by `sentinel`. */
export function writeCase(c: HostileCase, dir: string, sentinel: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  const files: Record<string, CaseFile> = { 'provinces.yaml': PROVINCES, ...c.files };
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    if (typeof content === 'object' && !Buffer.isBuffer(content)) fs.symlinkSync(content.link, full);
    else fs.writeFileSync(full, typeof content === 'string' ? content.replaceAll(SENTINEL, sentinel) : content);
  }
}
