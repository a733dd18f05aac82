/**
 * Where a build's CPU time goes, from the .cpuprofile files that `node --cpu-prof` writes:
 * self time summed by where the code lives (an npm package, a Node built-in, the site's
 * bundled code), so that a profile of thousands of functions reads as a short table.
 */

/** The parts of a V8 CPU profile (.cpuprofile JSON) that are read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Where a script URL's code lives: the npm package, `node:<module>`, `(V8: gc)`-style
 * entries for time outside JavaScript, or the path under the project.
 *
 *   codeOwner('file:///w/node_modules/@astrojs/mdx/dist/index.js', 'f') → '@astrojs/mdx'
 *   codeOwner('', '(garbage collector)') → '(garbage collector)'
 */
export function codeOwner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const at = url.lastIndexOf('/node_modules/');
  if (at >= 0) {
    const parts = url.slice(at + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  // The site's own pages and libraries run from Vite's bundle (chunks/*.mjs) or, in
  // scripts, from src/ and scripts/ directly.
  const bundled = /\/(chunks\/[^/]+|\.prerender\/[^/]+)$/.exec(url);
  if (bundled) return bundled[1];
  const local = /\/(src|scripts)\/.*$/.exec(url);
  return local ? local[0].slice(1) : url.replace(/^file:\/\//, '');
}

/** Milliseconds of self time per key of a call frame, largest first. */
export function selfTime(profile: CpuProfile, key: (frame: CpuProfile['nodes'][number]['callFrame']) => string): [string, number][] {
  const keys = new Map(profile.nodes.map((n) => [n.id, key(n.callFrame)]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const k = keys.get(id) ?? '(unknown)';
    totals.set(k, (totals.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Self time per code owner (see codeOwner), in milliseconds, largest first. */
export const byOwner = (profile: CpuProfile) => selfTime(profile, (f) => codeOwner(f.url, f.functionName));

/** Self time per function, named with its owner: `parse (yaml)`. */
export const byFunction = (profile: CpuProfile) => selfTime(profile, (f) => `${f.functionName || '(anonymous)'} (${codeOwner(f.url, f.functionName)})`);
