import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDist, ROOT } from '../helpers/fixture-site.ts';

const VNU = path.join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const hasJava = spawnSync('java', ['-version']).status === 0;

const PAGES = ['vi', 'en', 'lo', 'km']
  .flatMap((l) => [
    `${l}/index.html`,
    `${l}/articles/hue-toa-dam/index.html`,
    `${l}/articles/tay-ninh-campuchia/index.html`,
    `${l}/provinces/index.html`,
    `${l}/provinces/hue/index.html`,
    `${l}/tags/huu-nghi/index.html`,
    `${l}/search/index.html`,
  ])
  .concat(['index.html', '404.html', 'vi/page/2/index.html']);

/** Run the W3C Nu Html Checker on files; returns its error messages. */
function vnuErrors(files: string[]): string[] {
  const result = spawnSync('java', ['-jar', VNU, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  const report = JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as {
    messages: { type: string; url: string; lastLine?: number; message: string }[];
  };
  return report.messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(/^file:.*?dist\//, '')}:${m.lastLine ?? ''} ${m.message}`);
}

describe.skipIf(!hasJava)('valid HTML (W3C Nu Html Checker)', () => {
  it('reports no errors on the home, article, fallback, province, tag and search pages', () => {
    const files = PAGES.map((p) => path.join(fixtureDist(), p));
    for (const f of files) expect(fs.existsSync(f), f).toBe(true);
    expect(vnuErrors(files)).toEqual([]);
  });

  it('would report invalid markup (the check can fail)', () => {
    const bad = path.join(fixtureDist(), 'invalid-probe.html');
    fs.writeFileSync(bad, '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>');
    try {
      expect(vnuErrors([bad]).length).toBeGreaterThan(0);
    } finally {
      fs.rmSync(bad);
    }
  });
});
