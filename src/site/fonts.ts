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
  const font = LANGUAGES.find((l) => l.code === locale)?.font;
  if (!font) return '';
  const dir = packageDir(font.package);
  const skip = new Set(font.skipSubsets ?? []);
  return font.css
    .map((file) => fs.readFileSync(path.join(dir, file), 'utf8'))
    .join('\n')
    // Each rule is preceded by a comment naming its subset: /* noto-sans-sc-latin-400-normal */
    .split(/(?=\/\* )/)
    .filter((rule) => ![...skip].some((subset) => new RegExp(`^/\\* [\\w-]+?-${subset}-\\d+-\\w+ \\*/`).test(rule)))
    .join('')
    .replace(/url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\),\s*url\([^)]+\) format\('woff'\)/g, "url(/fonts/files/$1) format('woff2')");
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
