import { foldMarks } from '../slug.ts';

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/**
 * The candidates closest to what was typed, best first, compared without marks or case:
 * closest('khanh-hao', codes) → ['khanh-hoa']. Also matches a name typed instead of a code
 * when `names` maps each candidate to its names ('Khánh Hòa' → 'khanh-hoa').
 */
export function closest(typed: string, candidates: string[], names: Record<string, string[]> = {}, limit = 3): string[] {
  const norm = (s: string) =>
    foldMarks(s)
      .toLowerCase()
      .replace(/[\s_]+/g, '-');
  const t = norm(typed);
  const scored = candidates.map((c) => {
    const keys = [c, ...(names[c] ?? [])].map(norm);
    return { c, d: Math.min(...keys.map((k) => editDistance(t, k))) };
  });
  const max = Math.max(2, Math.floor(t.length / 3));
  return scored
    .filter((s) => s.d <= max)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, limit)
    .map((s) => s.c);
}
