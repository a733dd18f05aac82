import fs from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../lib/site.ts';
import { excerpt, htmlToText } from '../lib/excerpt.ts';

/** What Astro's Markdown renderer makes of a body: its HTML and what it found (headings, pictures). */
export interface Rendered {
  html: string;
  metadata?: { imagePaths?: string[]; headings?: unknown[]; frontmatter?: Record<string, unknown> };
  /** The start of its text, for lists, feeds and meta descriptions (summary.ts). */
  summary?: string;
}

/**
 * Rendered article bodies, kept on disk by the digest of their file instead of in Astro's
 * content store: Astro bundles that store into the site's code as one string, so every
 * article's HTML there cost seconds and a gigabyte in each build. A page reads only the
 * bodies it shows, and a rebuild renders again only the articles whose digest changed.
 */
export function renderedDir(): string {
  return path.join(cacheDir(), 'rendered');
}

// Digests are Astro's (hex); anything else never becomes a file name.
const fileOf = (digest: string) => {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(digest)) throw new Error(`not a content digest: ${digest}`);
  return path.join(renderedDir(), `${digest}.json`);
};

export function readRendered(digest: string): Rendered | undefined {
  const file = fileOf(digest);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Rendered;
  } catch {
    return undefined;
  }
}

export function hasRendered(digest: string): boolean {
  return fs.existsSync(fileOf(digest));
}

export function writeRendered(digest: string, rendered: Rendered): void {
  const file = fileOf(digest);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(rendered));
  fs.renameSync(tmp, file);
}

/** Remove the bodies of files that no longer exist in this form (edited or deleted articles). */
export function pruneRendered(live: Set<string>): void {
  let names: string[];
  try {
    names = fs.readdirSync(renderedDir());
  } catch {
    return;
  }
  for (const name of names) if (!live.has(name.replace(/\.json$/, ''))) fs.rmSync(path.join(renderedDir(), name), { force: true });
}

/** The summary of a rendered body: the start of its text as a reader sees it. */
export function summaryOfHtml(html: string): string {
  return excerpt(htmlToText(html));
}
