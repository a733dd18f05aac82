import fs from 'node:fs';
import path from 'node:path';
import { WORDS } from './words.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of articles translated into each language (the source is always vi), as a real newsroom's. */
export const TRANSLATION_SHARE: Record<string, number> = { en: 0.9, fr: 0.52, zh: 0.39, lo: 0.3, km: 0.3 };

/** A bulletin's length in words: 500 to 900, as provincial bulletins run. */
export const BODY_WORDS = { min: 500, max: 900 };

/** The 2025 reform: articles dated before it may name a former province. */
const REFORM_DAY = '2025-07-01';

const AUTHORS = ['Nguyễn Thị Lan', 'Trần Văn Minh', 'Lê Thu Hà', 'Phạm Quốc Bảo', 'Hoàng Đức Anh', 'Võ Thị Ngọc Ánh'];

export interface CorpusFile {
  /** Path relative to the content folder. */
  path: string;
  text: string;
}

export interface CorpusOptions {
  articles: number;
  seed: number;
  /** Codes of current provinces (provinces.yaml without `former: true`). */
  provinces: string[];
  /** Codes of former provinces, named only by articles dated before the 2025 reform. */
  formerProvinces?: string[];
  /** Tags as written in Vietnamese (the keys of tags.yaml). */
  tags: string[];
  /** One article in this many has a cover image, also shown in its body. */
  imageEvery?: number;
}

const pick = <T>(rand: () => number, list: T[]): T => list[Math.floor(rand() * list.length)];

function sentence(rand: () => number, locale: string, words: number): string {
  const { words: list, joiner, end } = WORDS[locale];
  const out = Array.from({ length: words }, () => list[Math.floor(rand() * list.length)]);
  const text = out.join(joiner);
  return (joiner === ' ' ? text[0].toUpperCase() + text.slice(1) : text) + end;
}

/** A paragraph of 3 to 6 sentences; returns its text and its number of words. */
function paragraph(rand: () => number, locale: string): { text: string; words: number } {
  const lengths = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => 8 + Math.floor(rand() * 12));
  const spaced = WORDS[locale].joiner === ' ';
  const text = lengths.map((n) => sentence(rand, locale, n)).join(spaced ? ' ' : '');
  // Words as a word processor counts them: what spaces separate (a Vietnamese syllable, an
  // English word); for scripts without spaces, the dictionary words drawn.
  return { text, words: spaced ? text.split(/\s+/).length : lengths.reduce((a, b) => a + b, 0) };
}

/** A bulletin body of BODY_WORDS words with two subheadings, in the locale's words. */
function body(rand: () => number, locale: string): string {
  const target = BODY_WORDS.min + Math.floor(rand() * (BODY_WORDS.max - BODY_WORDS.min + 1));
  const paras: string[] = [];
  for (let words = 0; words < target;) {
    const p = paragraph(rand, locale);
    paras.push(p.text);
    words += p.words;
  }
  const heading = () => `## ${sentence(rand, locale, 3).replace(/[.。។ ]+$/u, '')}`;
  paras.splice(Math.ceil(paras.length * 0.66), 0, heading());
  paras.splice(2, 0, heading());
  return paras.join('\n\n') + '\n';
}

const q = (s: string) => JSON.stringify(s);

/**
 * The files of a synthetic newsroom of `articles` articles: the real content layout
 * (articles/<year>/<slug>/<locale>.md), vi sources with translations for a realistic share
 * of languages, tags, provinces (former ones before the 2025 reform) and dates spread over
 * three years. Deterministic per seed: the same options give the same files everywhere.
 * Cover images are named `cover.jpg`; the caller writes the image bytes.
 */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const rand = prng(options.seed);
  const files: CorpusFile[] = [];
  const start = Date.UTC(2024, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  for (let i = 0; i < options.articles; i++) {
    const day = new Date(start + Math.floor(rand() * span)).toISOString().slice(0, 10);
    const former = day < REFORM_DAY && (options.formerProvinces?.length ?? 0) > 0 && rand() < 0.5;
    const province = pick(rand, former ? options.formerProvinces! : options.provinces);
    const slug = `${province}-ban-tin-${String(i).padStart(5, '0')}`;
    const dir = `articles/${day.slice(0, 4)}/${slug}`;
    const tags = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(rand, options.tags)))];
    const image = options.imageEvery && i % options.imageEvery === 0;
    // Drawn for every article, so that the number of pictures changes nothing else.
    const coverAlt = sentence(rand, 'vi', 5);
    const figureAlt = sentence(rand, 'vi', 4).slice(0, -1);
    const head = [
      '---',
      `title: ${q(sentence(rand, 'vi', 8).slice(0, -1))}`,
      `date: ${day}`,
      `province: ${province}`,
      `author: ${q(pick(rand, AUTHORS))}`,
      `tags: [${tags.map(q).join(', ')}]`,
      `summary: ${q(sentence(rand, 'vi', 14))}`,
      ...(image ? ['image: cover.jpg', `image_alt: ${q(coverAlt)}`] : []),
      '---',
    ];
    const figure = image ? `\n![${figureAlt}](cover.jpg)\n` : '';
    files.push({ path: `${dir}/vi.md`, text: `${head.join('\n')}\n${body(rand, 'vi')}${figure}` });
    for (const [locale, share] of Object.entries(TRANSLATION_SHARE)) {
      if (rand() >= share) continue;
      const title = sentence(rand, locale, 6).replace(/[.。។ ]+$/u, '');
      files.push({ path: `${dir}/${locale}.md`, text: `---\ntitle: ${q(title)}\n---\n${body(rand, locale)}` });
    }
    if (image) files.push({ path: `${dir}/cover.jpg`, text: '' });
  }
  return files;
}

/** Write a corpus under `root`; the cover images take the given pictures in turn. */
export function writeCorpus(root: string, files: CorpusFile[], images: Buffer[]): void {
  let n = 0;
  for (const f of files) {
    const full = path.join(root, f.path);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, f.path.endsWith('.jpg') ? images[n++ % images.length] : f.text);
  }
}
