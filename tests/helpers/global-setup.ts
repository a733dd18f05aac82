import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, OUTPUT, ROOT } from './fixture-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
  }
}

/**
 * Build tests/fixtures/site once before the suite, into a folder of this run's own
 * (so that two suites running at once do not read each other's half-built site).
 */
export default function setup(project: TestProject) {
  const name = `run-${process.pid}`;
  const result = buildSite(path.join(ROOT, 'tests', 'fixtures', 'site'), name);
  if (result.status !== 0) {
    throw new Error(`fixture site did not build:\n${result.stdout}\n${result.stderr}`);
  }
  project.provide('fixtureDist', result.dist);
  return () => fs.rmSync(path.join(OUTPUT, name), { recursive: true, force: true });
}
