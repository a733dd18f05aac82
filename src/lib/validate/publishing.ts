import { parseContentDate, toSiteDay } from '../dates.ts';
import { MESSAGES } from './messages.ts';
import { reporter, type ArticleFile } from './file.ts';
import type { Problem } from './problems.ts';

/**
 * What readers will not see, or see poorly: drafts and future-dated articles (left out of
 * the build unless PUBLISH_FUTURE=1) and sources without a summary. Warnings only.
 */
export function checkPublishing(f: ArticleFile, isSource: boolean, options: { now: Date; publishFuture: boolean }): Problem[] {
  const problems: Problem[] = [];
  const data = f.data ?? {};
  const at = reporter(f, problems);
  if (data.draft === true) at('draft', MESSAGES.draft, 'warning');
  if (!isSource) return problems;
  const date = parseContentDate(data.date);
  if (date && date > options.now && !options.publishFuture) at('date', MESSAGES.future(toSiteDay(date)), 'warning');
  if (data.summary === undefined && data.draft !== true) at('summary', MESSAGES.noSummary, 'warning', f.lines?.title ?? 1);
  return problems;
}
