import path from 'node:path';
import { buildSite, ROOT } from './fixture-site.ts';

/** Build tests/fixtures/site once before the suite; fail loudly with the build's output. */
export default function setup() {
  const result = buildSite(path.join(ROOT, 'tests', 'fixtures', 'site'), 'site');
  if (result.status !== 0) {
    throw new Error(`fixture site did not build:\n${result.stdout}\n${result.stderr}`);
  }
}
