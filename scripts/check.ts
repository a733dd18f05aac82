/**
 * npm run check: validate every article of the content folder (CONTENT_DIR or content/)
 * without building. Prints each problem as `file:line  field  what is wrong → what to do`,
 * then a count; exits 1 on any error. Warnings do not fail. The site's content loader runs
 * the same model (src/lib/content/load-content.ts), so what this accepts the build accepts.
 * --quiet-ok: print nothing when there is no problem.
 */
import fs from 'node:fs';
import { loadContentInParallel } from '../src/lib/content/load-content.ts';
import { formatReport } from '../src/lib/validate/problems.ts';
import { checkCacheDir, contentDir, publishFuture } from '../src/lib/site.ts';

const quietOk = process.argv.includes('--quiet-ok');
const dir = contentDir();
if (!fs.existsSync(dir)) {
  console.error(`check: the content folder "${dir}" does not exist → create it, or set CONTENT_DIR to your content folder`);
  process.exit(1);
}

const model = await loadContentInParallel(dir, { publishFuture: publishFuture(), cacheDir: checkCacheDir() });
if (model.problems.length || !quietOk) console.log(formatReport(model.problems, model.files.length, 'check'));
process.exitCode = model.failing.size ? 1 : 0;
