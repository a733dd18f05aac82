/**
 * The translation report as text for a terminal and as Markdown for a pull-request
 * comment. Pure string builders over the report.
 */
import { grandTotal, type Report, type Totals, type WorkItem } from './report.ts';

/** Names of languages for headings: code → English name. */
export type LanguageNames = (code: string) => string;

const COLUMNS: [keyof Totals, string][] = [
  ['translated', 'translated'],
  ['current', 'current'],
  ['stale', 'stale'],
  ['unknown', 'unknown'],
  ['missing', 'missing'],
  ['machine', 'machine'],
  ['drafts', 'drafts'],
  ['orphaned', 'orphaned'],
];

/** A cell of the totals table: translated shows "of how many" (12/40). */
function totalCell(t: Totals, k: keyof Totals): string {
  return k === 'translated' ? `${t.translated}/${t.sources}` : String(t[k]);
}

/** '3 days', '1 day', or '—' when the age is not known. */
export function formatAge(days: number | undefined): string {
  if (days === undefined) return '—';
  return days === 1 ? '1 day' : `${days} days`;
}

/** A one-line explanation of the history used, or undefined when git history was complete. */
export function historyNote(report: Report): string | undefined {
  const unknown = grandTotal(report).unknown;
  const h = report.history;
  if (h.available) return undefined;
  const why =
    h.reason === 'shallow'
      ? 'this is a shallow clone, so git history is incomplete'
      : h.reason === 'no-git'
        ? `the content is not in a git repository (${h.detail ?? 'no git'})`
        : `git history could not be read (${h.detail ?? 'unknown error'})`;
  const effect =
    unknown > 0
      ? `${unknown} translation${unknown === 1 ? '' : 's'} without source_version cannot be checked (state "unknown"): fetch the full history (git fetch --unshallow) or, once checked by hand, record the version with --mark <slug> --lang <code>.`
      : 'Every translation here records source_version, so staleness is still exact; only the "since" dates need history.';
  return `Note: ${why}. ${effect}`;
}

function detail(item: WorkItem): string {
  if (item.state === 'unknown') return 'no source_version and no history to compare';
  if (item.state === 'stale' && item.basis === 'git') return 'source changed after the translation (git history)';
  if (item.state === 'stale')
    return item.baseCommit ? `source changed since ${item.baseCommit.slice(0, 7)}` : 'source changed since the recorded source_version';
  return '';
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - [...text].length)) + text;
}

/** The report for a terminal: totals per language, then each language's work list. */
export function formatText(report: Report, names: LanguageNames, contentLabel: string): string {
  const out: string[] = [];
  const drafts = report.draftArticles ? `, ${report.draftArticles} in draft counted apart` : '';
  out.push(`Translation status of ${contentLabel}: ${report.articles} article${report.articles === 1 ? '' : 's'} in ${names(report.sourceLocale)}${drafts}`);
  out.push('');
  const label = (code: string) => `${code} ${names(code)}`;
  const firstWidth = Math.max(8, ...report.languages.map((l) => label(l).length), 'total'.length);
  const rows: [string, Totals][] = report.languages.map((l) => [label(l), report.totals[l]]);
  if (report.languages.length > 1) rows.push(['total', grandTotal(report)]);
  const cells = rows.map(([, t]) => COLUMNS.map(([k]) => totalCell(t, k)));
  const widths = COLUMNS.map(([, h], i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  out.push([pad('language', firstWidth), ...COLUMNS.map(([, h], i) => padStart(h, widths[i]))].join('  '));
  rows.forEach(([first], r) => out.push([pad(first, firstWidth), ...cells[r].map((c, i) => padStart(c, widths[i]))].join('  ')));
  const note = historyNote(report);
  if (note) out.push('', note);

  for (const l of report.languages) {
    const items = report.work[l];
    out.push('', `${label(l)}: ${items.length === 0 ? 'nothing to do' : `${items.length} to do`}`);
    if (items.length === 0) continue;
    const slugWidth = Math.max(4, ...items.map((i) => i.slug.length));
    out.push(`  ${pad('state', 7)}  ${pad('slug', slugWidth)}  ${pad('source date', 11)}  ${pad('for', 9)}  title`);
    for (const item of items) {
      const why = detail(item);
      out.push(
        `  ${pad(item.state, 7)}  ${pad(item.slug, slugWidth)}  ${pad(item.sourceDate ?? '—', 11)}  ${pad(formatAge(item.days), 9)}  ${item.title}${why ? `  (${why})` : ''}`,
      );
    }
  }

  const review = report.languages.flatMap((l) => report.review[l].map((r) => ({ ...r, locale: l })));
  if (review.length) {
    out.push('', `Machine translations awaiting review (${review.length}): remove "translation: machine" once an editor has checked them`);
    for (const r of review) out.push(`  ${r.locale}  ${r.path}${r.stale ? '  (also stale)' : ''}`);
  }
  if (report.orphaned.length) {
    out.push('', `Orphaned translations (${report.orphaned.length}): no ${report.sourceLocale} source beside them; restore the source or remove them`);
    for (const o of report.orphaned) out.push(`  ${o.locale}  ${o.path}`);
  }
  return out.join('\n') + '\n';
}

/** Escape text for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The report as Markdown (GitHub-flavoured tables) for a pull-request comment. */
export function formatMarkdown(report: Report, names: LanguageNames): string {
  const out: string[] = [];
  out.push('## Translation status', '');
  const drafts = report.draftArticles ? ` (${report.draftArticles} in draft counted apart)` : '';
  out.push(`${report.articles} articles in ${names(report.sourceLocale)}${drafts}.`, '');
  out.push(`| language | ${COLUMNS.map(([, h]) => h).join(' | ')} |`);
  out.push(`|---|${COLUMNS.map(() => '---:').join('|')}|`);
  const row = (first: string, t: Totals) => `| ${first} | ${COLUMNS.map(([k]) => totalCell(t, k)).join(' | ')} |`;
  for (const l of report.languages) out.push(row(`${names(l)} (\`${l}\`)`, report.totals[l]));
  if (report.languages.length > 1) out.push(row('**total**', grandTotal(report)));
  const note = historyNote(report);
  if (note) out.push('', `> ${note}`);
  for (const l of report.languages) {
    const items = report.work[l];
    if (items.length === 0) continue;
    out.push('', `<details><summary>${cell(names(l))}: ${items.length} to do</summary>`, '');
    out.push('| state | slug | title | source date | for |', '|---|---|---|---|---|');
    for (const i of items) out.push(`| ${i.state} | \`${i.slug}\` | ${cell(i.title)} | ${i.sourceDate ?? '—'} | ${formatAge(i.days)} |`);
    out.push('', '</details>');
  }
  const review = report.languages.flatMap((l) => report.review[l].map((r) => ({ ...r, locale: l })));
  if (review.length) {
    out.push('', `**Machine translations awaiting review (${review.length})**`, '');
    for (const r of review) out.push(`- \`${r.locale}\` \`${r.path}\``);
  }
  if (report.orphaned.length) {
    out.push('', `**Orphaned translations (${report.orphaned.length})**: no source beside them`, '');
    for (const o of report.orphaned) out.push(`- \`${o.locale}\` \`${o.path}\``);
  }
  return out.join('\n') + '\n';
}
