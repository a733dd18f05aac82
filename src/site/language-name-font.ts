import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { LANGUAGES, type Language } from '../lib/languages.ts';
import { coversText, parseUnicodeRange, rangeOf } from '../lib/unicode-range.ts';

/**
 * The names of the languages (ລາວ, ខ្មែរ, 中文) in the switcher and on `/` must show on a
 * phone without the Lao, Khmer or Chinese fonts, on pages of every language. Loading a whole
 * font for two words would cost more than the page: each name gets a woff2 made at build
 * time with only its own letters (a few hundred bytes to a few KB), in a font family placed
 * first in the names' font stack with a `unicode-range` of exactly those letters: the other
 * letters keep the system's font, and no whole font is ever loaded.
 */

const require = createRequire(import.meta.url);

/** The family the names fall back to. */
export const NAME_FONT_FAMILY = 'Ban Tin Language Names';

/** Where a language's name font comes from: its own web font (Lao, Khmer), else a Noto font of its script. */
const SCRIPT_FONTS: Record<string, { package: string; css: string }> = {
  'zh-Hans': { package: '@fontsource/noto-sans-sc', css: '400.css' },
};

interface NameFont {
  code: string;
  /** /fonts/names/<code>.woff2 */
  url: string;
  unicodeRange: string;
  bytes: Promise<Buffer>;
}

/** The @font-face blocks of a @fontsource stylesheet: each woff2 file with the letters it covers (all, when no range). */
function fontFaces(pkg: string, css: string): { file: string; ranges?: [number, number][] }[] {
  const dir = path.dirname(require.resolve(`${pkg}/package.json`));
  return fs
    .readFileSync(path.join(dir, css), 'utf8')
    .split('@font-face')
    .slice(1)
    .flatMap((block) => {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      return file ? [{ file: path.join(dir, 'files', file), ranges: range ? parseUnicodeRange(range) : undefined }] : [];
    });
}

/** The letters of `text` beyond ASCII, grouped by the font file that has them (a CJK font comes in slices). */
function lettersByFile(faces: { file: string; ranges?: [number, number][] }[], text: string): Map<string, string> {
  const groups = new Map<string, string>();
  for (const letter of new Set(text.replace(/[\x00-\x7f]/g, ''))) {
    const face = faces.find((f) => !f.ranges || coversText(f.ranges, letter));
    if (face) groups.set(face.file, (groups.get(face.file) ?? '') + letter);
  }
  return groups;
}

/** A name needs its own letters when it has characters beyond Latin and Vietnamese. */
const needsFont = (l: Language) => /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(l.name);

let fonts: NameFont[] | undefined;

/** The name fonts of the languages that need one. */
export function languageNameFonts(): NameFont[] {
  fonts ??= LANGUAGES.filter(needsFont).flatMap((l) => {
    const source = l.font ? { package: l.font.package, css: l.font.css[0] } : SCRIPT_FONTS[l.bcp47];
    if (!source) return [];
    const groups = [...lettersByFile(fontFaces(source.package, source.css), l.name)];
    return groups.map(([file, letters], i) => {
      const url = `/fonts/names/${l.code}${groups.length > 1 ? `-${i + 1}` : ''}.woff2`;
      return { code: l.code, url, unicodeRange: rangeOf(letters), bytes: subsetFont(fs.readFileSync(file), letters, { targetFormat: 'woff2' }) };
    });
  });
  return fonts;
}

/** The @font-face rules of the name fonts. */
export function languageNameFontCss(): string {
  return languageNameFonts()
    .map((f) => `@font-face{font-family:'${NAME_FONT_FAMILY}';src:url(${f.url}) format('woff2');unicode-range:${f.unicodeRange};font-display:swap}`)
    .join('');
}
