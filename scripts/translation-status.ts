/**
 * npm run translation-status: what is missing, stale or orphaned in every language.
 *   --lang en,fr       only these languages
 *   --json | --markdown  for tools / for a pull-request comment
 *   --diff             show what changed in the source of each stale translation
 *   --strict           exit 1 when anything is missing or stale (a CI gate)
 *   --mark <slug> --lang <code>  record that a translation is up to date with its source
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, LOCALES, getLanguage } from '../src/lib/languages.ts';
import { readArticleFile } from '../src/lib/content-files.ts';
import { sourceVersion } from '../src/lib/source-version.ts';
import { buildReport, type Report } from '../src/lib/translation-status/report.ts';
import { formatMarkdown, formatText } from '../src/lib/translation-status/format.ts';
import { setFrontMatterField } from '../src/lib/translation-status/front-matter-field.ts';
import { parseLocales, parseOptions, requireContentDir, runCli, UsageError } from './lib/cli.ts';
import { findArticle } from './lib/find-article.ts';
import { diffSince } from '../src/lib/git.ts';
import { locateContent, readHistory } from '../src/lib/translation-status/status-input.ts';
import { readStatusFiles } from './lib/read-status-files.ts';

const HELP = `npm run translation-status [-- options]

  Reports, per language: translated, missing, stale, unknown, orphaned, and machine
  translations awaiting review. Reads CONTENT_DIR (default content/).

  --lang en,fr                only these languages
  --json                      the report as JSON
  --markdown                  the report as Markdown, for a pull-request comment
  --diff                      with each stale translation, what changed in the source
  --strict                    exit 1 when anything is missing or stale
  --mark <slug> --lang <code> record that the translation is up to date with its source
                              (writes source_version into its front-matter)
`;

const names = (code: string) => getLanguage(code).englishName;

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2), {
    lang: { type: 'string' },
    json: { type: 'boolean' },
    markdown: { type: 'boolean' },
    diff: { type: 'boolean' },
    strict: { type: 'boolean' },
    mark: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (opts.json && opts.markdown) throw new UsageError('choose one of --json and --markdown');
  const dir = requireContentDir();
  const languages = opts.lang ? parseLocales(opts.lang, DEFAULT_LOCALE) : LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  if (opts.mark !== undefined) {
    if (!opts.lang) throw new UsageError('--mark needs --lang <code>: which translation is up to date?');
    return mark(dir, opts.mark, languages);
  }

  const place = locateContent(dir);
  const { files, problems } = await readStatusFiles(place, DEFAULT_LOCALE);
  const history = readHistory(place, files, DEFAULT_LOCALE);
  const report = buildReport(files, history, { sourceLocale: DEFAULT_LOCALE, languages, now: new Date() });
  const diffs = opts.diff ? collectDiffs(report, place.repo.kind === 'repo' ? place.repo.top : undefined) : undefined;

  for (const p of problems) console.error(`translation-status: ${p.file}: could not be read (${p.message}); not counted. "npm run check" explains.`);
  if (opts.json)
    process.stdout.write(JSON.stringify({ ...report, contentDir: dir, problems, ...(diffs && { diffs: Object.fromEntries(diffs) }) }, null, 2) + '\n');
  else if (opts.markdown) process.stdout.write(formatMarkdown(report, names) + (diffs ? markdownDiffs(diffs) : ''));
  else {
    process.stdout.write(formatText(report, names, dir) + (diffs ? textDiffs(diffs) : ''));
    const stale = languages.some((l) => report.totals[l].stale > 0);
    if (stale && !diffs) process.stdout.write('\nTo see what changed in each stale source: npm run translation-status -- --diff\n');
  }

  if (!opts.strict) return 0;
  const failing = languages.some((l) => report.totals[l].missing > 0 || report.totals[l].stale > 0);
  return failing || problems.length > 0 ? 1 : 0;
}

/** `<lang>:<slug>` → the source's diff since the stale translation's base commit. */
function collectDiffs(report: Report, top: string | undefined): Map<string, string> {
  const diffs = new Map<string, string>();
  const cache = new Map<string, string>();
  for (const l of report.languages) {
    for (const item of report.work[l]) {
      if (item.state !== 'stale') continue;
      let diff = 'git history does not have the version this translation was made from';
      if (top && item.baseCommit) {
        const key = `${item.baseCommit}:${item.sourcePath}`;
        if (!cache.has(key)) cache.set(key, diffSince(top, item.baseCommit, item.sourcePath));
        diff = cache.get(key) || 'no committed change to the text (only whitespace, or changes not yet committed)';
      }
      diffs.set(`${l}:${item.slug}`, diff);
    }
  }
  return diffs;
}

function textDiffs(diffs: Map<string, string>): string {
  if (diffs.size === 0) return '';
  return ['', 'Changes in the source since each stale translation', ...[...diffs].map(([k, d]) => `\n== ${k}\n${d.trimEnd()}`)].join('\n') + '\n';
}

function markdownDiffs(diffs: Map<string, string>): string {
  if (diffs.size === 0) return '';
  return (
    [
      '',
      '### Changes in the source since each stale translation',
      ...[...diffs].map(([k, d]) => `\n<details><summary><code>${k}</code></summary>\n\n\`\`\`diff\n${d.trimEnd()}\n\`\`\`\n\n</details>`),
    ].join('\n') + '\n'
  );
}

/** Write the source's current version into each chosen translation's front-matter. */
function mark(dir: string, slug: string, languages: string[]): number {
  const found = findArticle(dir, slug);
  if (found.length === 0) throw new UsageError(`no article "${slug}" under ${path.join(dir, 'articles')}`);
  if (found.length > 1)
    throw new UsageError(`"${slug}" names more than one folder: ${found.map((f) => f.dir).join(', ')}; "npm run check" reports duplicate slugs`);
  const { files } = found[0];
  const sourceFile = files.get(DEFAULT_LOCALE);
  if (!sourceFile) throw new UsageError(`${found[0].dir} has no ${DEFAULT_LOCALE} source to compare with`);
  const source = readArticleFile(sourceFile);
  const version = sourceVersion(source.data, source.body);
  for (const l of languages) {
    if (!files.get(l)) throw new UsageError(`${slug} has no ${l} translation; create one with: npm run new -- --translate ${slug} --lang ${l}`);
  }
  for (const l of languages) {
    const file = files.get(l)!;
    // ignoreBOM keeps a byte-order mark in the text, so the file is written back as it was.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(fs.readFileSync(file));
    const recorded = readArticleFile(file).data.source_version;
    if (recorded === version) {
      console.log(`${file}: already records source_version ${version}; nothing to do`);
      continue;
    }
    let updated: string;
    try {
      updated = setFrontMatterField(text, 'source_version', version);
    } catch (error) {
      throw new UsageError(`${file}: ${(error as Error).message}; the translation needs a front-matter block with its title`);
    }
    fs.writeFileSync(file, updated);
    console.log(`${file}: source_version ${recorded ? `${recorded} → ` : ''}${version} (up to date with ${sourceFile})`);
  }
  return 0;
}

await runCli('translation-status', main);
