import fs from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * `npm run build` checks the content while Astro starts (scripts/build.ts). This holds
 * Astro at the start of its build — after reading the content, before writing anything —
 * until the check has passed, which build.ts says by creating the file BUILD_CHECK_GATE
 * names; if the check fails, build.ts stops Astro there. Without BUILD_CHECK_GATE (astro
 * build run by hand) it does nothing.
 */
export function checkGate(): AstroIntegration {
  return {
    name: 'content-check-gate',
    hooks: {
      'astro:build:start': async () => {
        const gate = process.env.BUILD_CHECK_GATE;
        if (!gate) return;
        while (!fs.existsSync(gate)) await new Promise((resolve) => setTimeout(resolve, 50));
      },
    },
  };
}
