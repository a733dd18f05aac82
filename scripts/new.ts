/**
 * npm run new: scaffold a new article, or a translation of an existing one.
 *   npm run new -- --province <code> --title "<title>" [--author "<name>"]
 *   npm run new -- --translate <slug> --lang <code> [--translator "<name>"]
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { articleId } from '../src/lib/article-id.ts';
import { readArticleFile } from '../src/lib/content-files.ts';
import { toSiteDay } from '../src/lib/dates.ts';
import { DEFAULT_LOCALE } from '../src/lib/languages.ts';
import { provinceName } from '../src/lib/registry.ts';
import { loadRegistry } from '../src/lib/registry-file.ts';
import { slugify, isValidSlug } from '../src/lib/slug.ts';
import { sourceVersion } from '../src/lib/source-version.ts';
import { parseLocales, parseOptions, requireContentDir, runCli, UsageError } from './lib/cli.ts';
import { findArticle, slugTaken } from './lib/find-article.ts';
import { userName } from '../src/lib/git.ts';
import { articleScaffold, translationScaffold } from './lib/scaffold.ts';

const HELP = `npm run new -- --province <code> --title "<title>" [--author "<name>"] [--slug <slug>]
  A new article: <content>/articles/<year>/<slug>/${DEFAULT_LOCALE}.md, dated today (Vietnam time),
  as a draft. The author defaults to git's user.name.

npm run new -- --translate <slug> --lang <code> [--translator "<name>"]
  A translation of an article, pre-filled with its source to translate, as a draft.

Both write into CONTENT_DIR (default content/).
`;

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2), {
    province: { type: 'string' },
    title: { type: 'string' },
    author: { type: 'string' },
    slug: { type: 'string' },
    translate: { type: 'string' },
    lang: { type: 'string' },
    translator: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (opts.translate !== undefined) return newTranslation(opts.translate, opts.lang, opts.translator?.normalize('NFC'));
  if (opts.title === undefined && opts.province === undefined)
    throw new UsageError('give --province and --title for a new article, or --translate <slug> --lang <code> for a translation');
  return newArticle(opts.title?.normalize('NFC'), opts.province, opts.author?.normalize('NFC'), opts.slug);
}

function newArticle(title: string | undefined, province: string | undefined, author: string | undefined, slugOption: string | undefined): number {
  if (!title?.trim()) throw new UsageError('--title "<headline>" is required');
  if (!province) throw new UsageError('--province <code> is required (a code from provinces.yaml)');
  const dir = requireContentDir();
  const registry = loadRegistry(dir);
  const known = registry.provinces.get(province);
  if (!known) {
    const close = [...registry.provinces.keys()].filter(
      (c) => !registry.provinces.get(c)!.former && (c.includes(province) || province.includes(c) || c.split('-')[0] === province.split('-')[0]),
    );
    throw new UsageError(`--province ${province}: not in ${path.join(dir, 'provinces.yaml')}${close.length ? `; did you mean ${close.join(', ')}?` : ''}`);
  }
  if (known.former) {
    throw new UsageError(
      `--province ${province}: ${provinceName(registry, province, DEFAULT_LOCALE)} is a former province${known.merged_into ? `, now part of ${known.merged_into}; use --province ${known.merged_into}` : ''}`,
    );
  }
  const slug = slugOption ?? slugify(title);
  if (!isValidSlug(slug)) throw new UsageError(`the slug "${slug}" is not lower-case ASCII words joined by hyphens; give one with --slug`);
  const taken = slugTaken(dir, slug);
  if (taken) throw new UsageError(`an article "${slug}" already exists (${taken}); choose another title or give --slug`);
  const name = author ?? userName(dir);
  if (!name) throw new UsageError('--author "<name>" is required (git has no user.name to use)');

  const today = toSiteDay(new Date());
  const file = path.join(dir, 'articles', today.slice(0, 4), slug, `${DEFAULT_LOCALE}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, articleScaffold({ title: title.trim(), date: today, province, author: name, id: articleId(today, randomBytes(5)) }), { flag: 'wx' });
  console.log(`${file}: new article "${slug}" (draft), ${provinceName(registry, province, DEFAULT_LOCALE)}, ${today}`);
  console.log('Write it, remove "draft: true" when it is ready, then: npm run check');
  return 0;
}

function newTranslation(slug: string, lang: string | undefined, translator: string | undefined): number {
  if (!lang) throw new UsageError('--translate needs --lang <code>: the language to translate into');
  const [locale, ...more] = parseLocales(lang, DEFAULT_LOCALE);
  if (more.length) throw new UsageError('--translate takes one language at a time');
  const dir = requireContentDir();
  const found = findArticle(dir, slug);
  if (found.length === 0) throw new UsageError(`no article "${slug}" under ${path.join(dir, 'articles')}`);
  if (found.length > 1) throw new UsageError(`"${slug}" names more than one folder: ${found.map((f) => f.dir).join(', ')}`);
  const { dir: folder, files } = found[0];
  const sourceFile = files.get(DEFAULT_LOCALE);
  if (!sourceFile) throw new UsageError(`${folder} has no ${DEFAULT_LOCALE} source to translate from`);
  if (files.has(locale)) {
    throw new UsageError(
      `${files.get(locale)} already exists; to record that it is up to date, run: npm run translation-status -- --mark ${slug} --lang ${locale}`,
    );
  }
  const source = readArticleFile(sourceFile);
  const version = sourceVersion(source.data, source.body);
  const file = path.join(folder, `${locale}${source.ext}`);
  const text = translationScaffold(
    {
      title: typeof source.data.title === 'string' ? source.data.title : '',
      summary: typeof source.data.summary === 'string' ? source.data.summary : undefined,
      body: source.body,
      version,
      sourceLocale: DEFAULT_LOCALE,
    },
    translator,
    source.ext,
  );
  fs.writeFileSync(file, text, { flag: 'wx' });
  console.log(`${file}: ${locale} translation of "${slug}" (draft), made from source_version ${version}`);
  console.log('Translate the title and text, remove "draft: true", then commit.');
  return 0;
}

await runCli('new', main);
