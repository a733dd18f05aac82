import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LANGUAGES } from '../lib/languages.ts';

const require = createRequire(import.meta.url);

/** Folder of an installed @fontsource package. */
function packageDir(pkg: string): string {
  return path.dirname(require.resolve(`${pkg}/package.json`));
}

/**
 * The @font-face rules of a language's font, pointing at /fonts/files/, woff2 only
 * (every browser that can shape Lao or Khmer reads woff2).
 */
export function fontCss(locale: string): string {
  let css = cssByLocale.get(locale);
  if (css === undefined) cssByLocale.set(locale, (css = readFontCss(locale)));
  return css;
}
const cssByLocale = new Map<string, string>();

function readFontCss(locale: string): string {
  const font = LANGUAGES.find((l) => l.code === locale)?.font;
  if (!font) return '';
  const dir = packageDir(font.package);
  return font.css
    .map((file) => fs.readFileSync(path.join(dir, file), 'utf8'))
    .join('\n')
    .replace(/url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\),\s*url\([^)]+\) format\('woff'\)/g, "url(/fonts/files/$1) format('woff2')");
}

/**
 * The woff2 files a page in this language should preload: all of them when the font comes
 * as one file per weight and style (Lao, Khmer: every page in the language uses each of
 * them, the regular text and the bold site name), so that they arrive with the stylesheets
 * and the text is first painted in its own font instead of being re-laid out when the font
 * turns up. A font cut into `unicode-range` slices is not preloaded: which slices a page
 * needs depends on its text.
 */
export function fontPreloads(locale: string): string[] {
  const rules = fontCss(locale).split('@font-face').slice(1);
  const faces = rules.map((rule) => `${rule.match(/font-weight:\s*([^;]+);/)?.[1]} ${rule.match(/font-style:\s*([^;]+);/)?.[1]}`);
  if (new Set(faces).size !== faces.length) return [];
  return rules.flatMap((rule) => [...rule.matchAll(/url\((\/fonts\/files\/[^)]+\.woff2)\)/g)].map((m) => m[1]));
}

/** Every woff2 file the font stylesheets refer to, with where it lives on disk. */
export function fontFiles(): { name: string; file: string }[] {
  const out: { name: string; file: string }[] = [];
  for (const lang of LANGUAGES) {
    if (!lang.font) continue;
    const dir = packageDir(lang.font.package);
    for (const m of fontCss(lang.code).matchAll(/\/fonts\/files\/([^)]+\.woff2)/g)) {
      out.push({ name: m[1], file: path.join(dir, 'files', m[1]) });
    }
  }
  return out;
}
