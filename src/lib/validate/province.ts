import { parseContentDate, toSiteDay } from '../dates.ts';
import type { Registry } from '../registry.ts';
import { MESSAGES } from './messages.ts';
import { closest } from './suggest.ts';
import { reporter, type ArticleFile } from './file.ts';
import type { Problem } from './problems.ts';

/** The day the 2025 reform took effect; a former province may give its own `merged_on`. */
export const MERGER_DAY = '2025-07-01';

/**
 * The article's province: a code in the registry (else the closest codes, matched on code
 * and names without marks), and not a province merged away before the article's date.
 * A translation that sets no province is judged by its source.
 */
export function checkProvince(f: ArticleFile, registry: Registry): Problem[] {
  const problems: Problem[] = [];
  const code = f.data?.province;
  if (typeof code !== 'string' || registry.provinces.size === 0) return problems;
  const at = reporter(f, problems);
  const province = registry.provinces.get(code);
  if (!province) {
    const codes = [...registry.provinces.keys()];
    const names = Object.fromEntries([...registry.provinces.values()].map((p) => [p.code, Object.values(p.name ?? {})]));
    at('province', MESSAGES.unknownProvince(code, closest(code, codes, names)));
    return problems;
  }
  if (province.former && province.merged_into) {
    const date = parseContentDate(f.data?.date);
    const mergedOn = (province as { merged_on?: unknown }).merged_on;
    const day = typeof mergedOn === 'string' ? mergedOn : MERGER_DAY;
    if (date && toSiteDay(date) >= day) at('province', MESSAGES.formerProvince(code, province.merged_into, day), 'warning');
  }
  return problems;
}
