/**
 * npm run translate: machine-translate the articles into the site's other languages.
 *   npm run translate -- [--lang en,fr] [--article <slug>]… [--engine google|deepl|openai] [--dry-run]
 * Writes <lang>.md(x) beside each source for every missing translation, and refreshes every
 * stale machine translation; never touches a human translation or an edited machine one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadContent, checkFiles } from '../src/lib/content/load-content.ts';
import { parseArticleText } from '../src/lib/content-files.ts';
import { DEFAULT_LOCALE, LOCALES } from '../src/lib/languages.ts';
import { publishFuture } from '../src/lib/site.ts';
import { sourceVersion } from '../src/lib/source-version.ts';
import { readRegistryFile } from '../src/lib/registry-file.ts';
import { formatProblem } from '../src/lib/validate/problems.ts';
import { glossaryEntries, glossaryFile, type GlossaryEntry } from '../src/lib/translate/glossary.ts';
import { machineDigest, planTranslation, SegmentError, TRANSLATED_FIELDS } from '../src/lib/translate/article.ts';
import type { Registry } from '../src/lib/registry.ts';
import type { ArticleFile } from '../src/lib/validate/file.ts';
import { parseLocales, parseOptions, requireContentDir, runCli, UsageError } from './lib/cli.ts';
import { EngineError, type Engine } from './lib/translate/engine.ts';
import { configuredEngine, createEngine } from './lib/translate/engines/index.ts';
import { TranslationMemory } from './lib/translate/memory.ts';

const ENGINES = ['google', 'deepl', 'openai'] as const;
type EngineId = (typeof ENGINES)[number];

const HELP = `npm run translate -- [--lang en,fr] [--article <slug>]… [--engine google|deepl|openai] [--dry-run]
  Machine-translate the articles of CONTENT_DIR (default content/) from ${DEFAULT_LOCALE}: writes each
  missing translation, and refreshes each machine translation whose source has changed.
  Human translations, and machine translations an editor has edited, are left alone.

  --lang      the languages to translate into (default: all but ${DEFAULT_LOCALE})
  --article   only these articles (the folder name); may be given more than once
  --engine    google (GOOGLE_TRANSLATE_API_KEY), deepl (DEEPL_AUTH_KEY) or openai
              (OPENAI_MODEL, OPENAI_API_KEY, OPENAI_BASE_URL); default: the first configured
  --dry-run   say, per language, how many segments and characters would be sent; send nothing

  A translation memory in <content>/.translation-memory/ keeps what was translated: a run
  sends only new text. Interrupt at any time and run again to go on.
`;

/** What to do with one article in one language. */
type Job = { slug: string; source: ArticleFile; version: string; target: string; file: string; why: 'missing' | 'stale' };

/** Official names: glossary.yaml, and the provinces' names from provinces.yaml. */
function loadGlossary(dir: string, registry: Registry): GlossaryEntry[] {
  const file = path.join(dir, 'glossary.yaml');
  const read = readRegistryFile(file);
  if (read.problems.length) throw new UsageError(`${file}: ${read.problems[0].message} (npm run check says more)`);
  const parsed = glossaryFile.safeParse(read.data ?? null);
  if (!parsed.success) throw new UsageError(`${file} is not a list of terms with their names per language (npm run check says more)`);
  const provinces = [...registry.provinces.values()].flatMap((p) => (p.name[DEFAULT_LOCALE] ? [{ term: p.name[DEFAULT_LOCALE], names: p.name }] : []));
  return glossaryEntries(parsed.data, provinces);
}

/** Sort the articles into work, and what is left alone (said once each). */
function plan(files: ArticleFile[], failing: Set<string>, targets: string[], only: Set<string> | undefined) {
  const jobs: Job[] = [];
  const notes: string[] = [];
  const bySlug = new Map<string, Map<string, ArticleFile>>();
  for (const f of files) {
    if (!f.data) continue;
    if (!bySlug.has(f.folder)) bySlug.set(f.folder, new Map());
    bySlug.get(f.folder)!.set(f.locale, f);
  }
  for (const [folder, byLocale] of bySlug) {
    const slug = path.basename(folder);
    if (only && !only.has(slug)) continue;
    only?.delete(slug);
    const source = byLocale.get(DEFAULT_LOCALE);
    if (!source) continue;
    if (failing.has(source.file)) {
      notes.push(`${source.file}: not translated: npm run check reports an error in it`);
      continue;
    }
    if (source.data!.draft === true) continue;
    const version = sourceVersion(source.data!, source.body ?? '');
    for (const target of targets) {
      const existing = byLocale.get(target);
      const file = existing?.file ?? path.join(folder, `${target}${source.ext ?? '.md'}`);
      if (!existing) {
        jobs.push({ slug, source, version, target, file, why: 'missing' });
        continue;
      }
      const data = existing.data!;
      const stale = data.source_version !== version;
      if (data.translation !== 'machine') {
        if (stale)
          notes.push(`${existing.file}: left alone: a human translation (no "translation: machine"); its source has changed, so a translator should update it`);
        continue;
      }
      if (data.machine_digest !== machineDigest(data, existing.body ?? '')) {
        notes.push(
          `${existing.file}: left alone: edited since it was machine-translated${stale ? ', and its source has changed since' : ''}; update it by hand, or delete it to translate it again`,
        );
        continue;
      }
      if (stale) jobs.push({ slug, source, version, target, file, why: 'stale' });
    }
  }
  for (const slug of only ?? []) notes.push(`--article ${slug}: no such article`);
  return { jobs, notes };
}

const number = (n: number) => n.toLocaleString('en-US');

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2), {
    lang: { type: 'string', multiple: true },
    article: { type: 'string', multiple: true },
    engine: { type: 'string' },
    'dry-run': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const targets = opts.lang ? [...new Set(opts.lang.flatMap((l) => parseLocales(l, DEFAULT_LOCALE)))] : LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  if (opts.engine !== undefined && !ENGINES.includes(opts.engine as EngineId)) throw new UsageError(`--engine ${opts.engine}: choose google, deepl or openai`);
  const dryRun = opts['dry-run'] === true;
  const engineId = (opts.engine as EngineId | undefined) ?? (configuredEngine(process.env) as EngineId | undefined) ?? (dryRun ? 'google' : undefined);
  if (!engineId)
    throw new UsageError(
      'no engine is configured: set GOOGLE_TRANSLATE_API_KEY, DEEPL_AUTH_KEY, or OPENAI_MODEL (with OPENAI_API_KEY or OPENAI_BASE_URL), or give --engine',
    );

  const dir = requireContentDir();
  const model = loadContent(dir, { publishFuture: publishFuture() });
  const glossary = loadGlossary(dir, model.registry);
  const { jobs, notes } = plan(model.files, model.failing, targets, opts.article ? new Set(opts.article.map((s) => s.normalize('NFC'))) : undefined);

  // The dry run needs no key: it only counts what the memory does not already hold.
  let engine: Engine | undefined;
  try {
    engine = createEngine(engineId, process.env);
  } catch (error) {
    if (!(dryRun && error instanceof EngineError)) throw error;
  }
  const memoryKey = engine?.memoryKey ?? engineId;
  const memories = new Map<string, TranslationMemory>();
  const memory = (target: string) => {
    if (!memories.has(target)) memories.set(target, new TranslationMemory(dir, target, memoryKey));
    return memories.get(target)!;
  };
  const refused = new Set<string>();
  for (const target of targets) {
    const why = engine?.unsupported(DEFAULT_LOCALE, target);
    if (why) {
      refused.add(target);
      notes.push(`${target}: not translated: ${why}`);
    }
  }
  const work = jobs.filter((j) => !refused.has(j.target));

  if (dryRun) return dryRunReport(work, glossary, memory, engineId, notes);
  if (!engine) throw new UsageError(`engine ${engineId} is not configured`);

  let temp: string | undefined;
  process.once('SIGINT', () => {
    if (temp) fs.rmSync(temp, { force: true });
    for (const m of memories.values()) m.save();
    console.error('\ntranslate: interrupted; every file written is complete, and what was translated is remembered: run the same command again to go on');
    process.exit(130);
  });

  const written = { missing: 0, stale: 0 };
  let failed = 0;
  for (const [i, job] of work.entries()) {
    const translation = planTranslation({ data: job.source.data!, body: job.source.body ?? '', mdx: job.source.ext === '.mdx' }, job.target, glossary);
    const mem = memory(job.target);
    const todo = [...new Set(translation.segments.map((s) => s.wire).filter((w) => mem.get(w) === undefined))];
    const chars = todo.reduce((n, w) => n + w.length, 0);
    const label = `[${i + 1}/${work.length}] ${job.slug} → ${job.target}`;
    if (todo.length) {
      const done = await engine.translate(todo, DEFAULT_LOCALE, job.target);
      todo.forEach((w, k) => mem.set(w, done[k]));
      mem.save();
    }
    let text: string;
    try {
      text = translation.assemble(
        translation.segments.map((s) => mem.get(s.wire)!),
        { translator: engine.label, sourceVersion: job.version },
      );
    } catch (error) {
      if (!(error instanceof SegmentError)) throw error;
      failed++;
      console.error(
        `translate: ${label}: not written: the ${error.where} came back broken (${error.message.slice(error.where.length + 2)}); sent: ${error.segment.wire.slice(0, 120)}`,
      );
      continue;
    }
    const problems = checkTranslation(
      job,
      text,
      model.registry,
      translation.where,
      translation.segments.map((s) => s.line),
    );
    if (problems.length) {
      failed++;
      console.error(`translate: ${label}: not written: the translation does not pass npm run check:\n${problems.join('\n')}`);
      continue;
    }
    temp = path.join(path.dirname(job.file), `.${path.basename(job.file)}.${process.pid}.tmp`);
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, job.file);
    temp = undefined;
    written[job.why]++;
    console.log(
      `translate: ${label}: ${job.why === 'missing' ? 'written' : 'refreshed'}, ${translation.segments.length} segments, ${todo.length ? `${todo.length} sent (${number(chars)} characters)` : 'all from memory'}`,
    );
  }
  for (const note of notes) console.log(`translate: ${note}`);
  const total = written.missing + written.stale;
  console.log(
    `translate: ${total} file${total === 1 ? '' : 's'} written (${written.missing} new, ${written.stale} refreshed) with ${engine.label}${failed ? `; ${failed} not written (see above)` : ''}; review them, then remove "translation: machine"`,
  );
  return failed ? 1 : 0;
}

/**
 * The translation as npm run check sees it, beside its source: the errors, each naming the
 * segment it came from when it came from one.
 */
function checkTranslation(job: Job, text: string, registry: Registry, where: string[], lines: number[]): string[] {
  let parsed;
  try {
    parsed = parseArticleText(text, job.file);
  } catch (error) {
    return [`${job.file}: ${error instanceof Error ? error.message : String(error)}`];
  }
  // `parsed` carries `file` (job.file).
  const file: ArticleFile = { folder: path.dirname(job.file), slug: job.slug, locale: job.target, ext: job.source.ext, ...parsed };
  const errors = checkFiles([job.source, file], registry).filter((p) => p.severity === 'error' && p.file === job.file);
  return errors.map((p) => {
    // A body problem's line in the new file is the body line of the segment that made it, give or take.
    const bodyLine = p.line !== undefined && parsed.bodyLine ? p.line - parsed.bodyLine + 1 : undefined;
    const segment =
      p.field === 'body' && bodyLine !== undefined
        ? where.findLast((w, i) => w.startsWith('body') && lines[i] <= bodyLine)
        : (TRANSLATED_FIELDS as readonly string[]).includes(p.field)
          ? p.field
          : undefined;
    return `  ${formatProblem(p)}${segment ? ` (from the segment of the ${segment})` : ''}`;
  });
}

/** What a run would send, per language, and what it would cost at list prices. */
function dryRunReport(work: Job[], glossary: GlossaryEntry[], memory: (t: string) => TranslationMemory, engineId: EngineId, notes: string[]): number {
  const per = new Map<string, { files: number; segments: number; chars: number }>();
  for (const job of work) {
    const translation = planTranslation({ data: job.source.data!, body: job.source.body ?? '', mdx: job.source.ext === '.mdx' }, job.target, glossary);
    const todo = [...new Set(translation.segments.map((s) => s.wire).filter((w) => memory(job.target).get(w) === undefined))];
    const t = per.get(job.target) ?? { files: 0, segments: 0, chars: 0 };
    t.files++;
    t.segments += todo.length;
    t.chars += todo.reduce((n, w) => n + w.length, 0);
    per.set(job.target, t);
  }
  console.log(`translate: dry run with ${engineId}: nothing is sent`);
  let chars = 0;
  for (const [target, t] of [...per].sort()) {
    chars += t.chars;
    console.log(`translate: ${target}: ${t.files} file${t.files === 1 ? '' : 's'}, ${number(t.segments)} segments, ${number(t.chars)} characters to send`);
  }
  if (!per.size) console.log('translate: nothing to translate');
  // List prices per million characters (the README explains them; a newsroom's contract may differ).
  const price = {
    google: 'Google charges about US$20 per million characters',
    deepl: 'DeepL API Pro charges about €20 per million characters, plus a monthly fee',
    openai: 'a chat model charges by tokens: about one per 3 characters, sent and received',
  }[engineId];
  console.log(`translate: ${number(chars)} characters in all; ${price}`);
  for (const note of notes) console.log(`translate: ${note}`);
  return 0;
}

await runCli('translate', async () => {
  try {
    return await main();
  } catch (error) {
    if (error instanceof EngineError) {
      console.error(`translate: ${error.message}. Files already written are complete; nothing else was changed.`);
      return 1;
    }
    throw error;
  }
});
