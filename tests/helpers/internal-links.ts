import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';

/** Every file under a folder, relative, with / separators. */
function filesUnder(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

/** The URLs in `srcset="a.jpg 1x, b.jpg 2x"`. */
const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0])
    .filter(Boolean);

/** The URLs an HTML document or fragment links to: href, src, poster and srcset of every element. */
function htmlUrls(text: string): string[] {
  const urls: string[] = [];
  const $ = load(text);
  $('[href], [src], [srcset], [poster]').each((_, el) => {
    const a = $(el).attr() ?? {};
    for (const name of ['href', 'src', 'poster']) if (a[name] !== undefined) urls.push(a[name]);
    if (a.srcset) urls.push(...srcsetUrls(a.srcset));
  });
  return urls;
}

/** Whether a site path names a file of the build: '/vi/' → vi/index.html, '/a.css' → a.css. */
function resolves(dist: string, pathname: string): boolean {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const full = path.join(dist, rel);
  if (!full.startsWith(dist)) return false;
  if (rel.endsWith('/')) return fs.existsSync(path.join(full, 'index.html'));
  const stat = fs.statSync(full, { throwIfNoEntry: false });
  return Boolean(stat && (stat.isFile() || fs.existsSync(path.join(full, 'index.html'))));
}

/**
 * Every link of a built site that stays on the site but names no file of the build:
 * href and src (and srcset) of every element of every page, and the links of the feeds
 * and sitemaps, relative or absolute on `origin`. [{ page: 'vi/index.html', url: '/vi/tags//' }].
 */
export function brokenInternalLinks(dist: string, origin: string): { page: string; url: string }[] {
  const broken: { page: string; url: string }[] = [];
  const files = filesUnder(dist);
  for (const file of files) {
    const html = file.endsWith('.html');
    const xml = file.endsWith('.xml');
    if (!html && !xml) continue;
    const text = fs.readFileSync(path.join(dist, file), 'utf8');
    const base = new URL(`/${file}`, origin);
    const urls: string[] = [];
    if (html) urls.push(...htmlUrls(text));
    else {
      // Feeds and sitemaps: <link>, <loc>, href="…" and url="…" attributes, and the HTML of each item.
      const $ = load(text, { xml: true });
      $('loc, link').each((_, el) => void urls.push($(el).text().trim() || $(el).attr('href') || ''));
      $('[url], [href]').each((_, el) => void urls.push($(el).attr('url') ?? $(el).attr('href') ?? ''));
      $('*')
        .filter((_, el) => ['description', 'content:encoded', 'content', 'summary'].includes((el as { tagName?: string }).tagName ?? ''))
        .each((_, el) => void urls.push(...htmlUrls($(el).text())));
    }
    for (const raw of urls) {
      if (!raw || raw.startsWith('#') || /^(mailto|tel|data|javascript):/i.test(raw)) continue;
      let url: URL;
      try {
        url = new URL(raw, base);
      } catch {
        broken.push({ page: file, url: raw });
        continue;
      }
      if (url.origin !== new URL(origin).origin) continue;
      if (!resolves(dist, url.pathname)) broken.push({ page: file, url: raw });
    }
  }
  return broken;
}
