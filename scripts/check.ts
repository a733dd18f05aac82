/**
 * npm run check: validate every article of the content folder (CONTENT_DIR or content/)
 * without building. Prints each problem as `file:line  field  what is wrong → what to do`,
 * then a count; exits 1 on any error. Warnings do not fail.
 * --quiet-ok: print nothing when there is no problem (used by npm run build).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { articleSchema } from '../src/lib/schema.ts';
import { loadRegistry } from '../src/lib/registry.ts';
import { checkContent } from '../src/lib/validate/content.ts';
import { checkRegistryFiles, loadArticleFiles } from '../src/lib/validate/load.ts';
import { formatProblem, sortProblems, summarize } from '../src/lib/validate/problems.ts';
import { MDX_COMPONENTS } from '../src/lib/markdown/mdx-components.ts';
import { SITE, contentDir } from '../src/lib/site.ts';

const quietOk = process.argv.includes('--quiet-ok');
const dir = contentDir();
if (!fs.existsSync(dir)) {
  console.error(`check: the content folder "${dir}" does not exist → create it, or set CONTENT_DIR to your content folder`);
  process.exit(1);
}

// The known fields come from the content schema, so that the two cannot disagree.
const fields = Object.keys(articleSchema({ image: () => z.string() }).shape).filter((k) => !k.startsWith('_'));
const registryProblems = checkRegistryFiles(dir);
let registry;
try {
  registry = loadRegistry(dir);
} catch {
  registry = { provinces: new Map(), regions: new Map(), tags: new Map() };
}
const files = loadArticleFiles(dir);
const problems = sortProblems([
  ...registryProblems,
  ...checkContent(files, registry, {
    fields,
    imageExists: (folder, src) => fs.existsSync(path.resolve(folder, src)),
    now: new Date(),
    publishFuture: process.env.PUBLISH_FUTURE === '1',
    embedHosts: SITE.embedHosts,
    components: MDX_COMPONENTS,
  }),
]);

const errors = problems.filter((p) => p.severity === 'error');
if (problems.length || !quietOk) {
  for (const p of problems) console.log(formatProblem(p));
  console.log(`check: ${summarize(problems, files.length)}${errors.length ? ' — fix the errors above; npm run build refuses to build until then' : ''}`);
}
process.exitCode = errors.length ? 1 : 0;
