/**
 * The text of new files written by `npm run new`: a new source article, or a translation
 * pre-filled from its source. Pure: the CLI decides where they go.
 * Both start as drafts, so a half-written file committed by mistake is never published.
 */

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s: string) => JSON.stringify(s);

export interface NewArticle {
  title: string;
  /** Publication day, YYYY-MM-DD in the site's time zone. */
  date: string;
  province: string;
  author: string;
  id: string;
}

/**
 * articleScaffold({ title: 'Tọa đàm', date: '2025-09-12', province: 'hue', author: 'Lan', id: '20250912-abcdefgh' })
 * → '---\ntitle: "Tọa đàm"\ndate: 2025-09-12\n…draft: true\n---\n\n<!-- … -->\n'
 */
export function articleScaffold(a: NewArticle): string {
  return [
    '---',
    `title: ${q(a.title)}`,
    `date: ${a.date}`,
    `province: ${a.province}`,
    `author: ${q(a.author)}`,
    'tags: []',
    `id: ${q(a.id)}`,
    'draft: true',
    '---',
    '',
    '<!-- Viết bài tại đây, thêm summary nếu cần; xoá dòng "draft: true" khi sẵn sàng đăng.',
    '     Write the article here; remove the line "draft: true" when it is ready to publish. -->',
    '',
  ].join('\n');
}

export interface TranslationSource {
  title: string;
  summary?: string;
  /** The source's Markdown body, as written. */
  body: string;
  /** Version of the source this translation starts from. */
  version: string;
  /** Locale code of the source, for the reminder. */
  sourceLocale: string;
}

/**
 * A translation file to be translated in place: the source's title, summary and body,
 * the `source_version` it starts from, and a translator line (a commented placeholder
 * when no name is known, so the file stays valid).
 */
export function translationScaffold(src: TranslationSource, translator: string | undefined, ext: '.md' | '.mdx' = '.md'): string {
  const lines = ['---', `title: ${q(src.title)}`];
  if (src.summary) lines.push(`summary: ${q(src.summary)}`);
  lines.push(translator ? `translator: ${q(translator)}` : '# translator: "Your name"');
  lines.push(`source_version: ${q(src.version)}`, 'draft: true', '---', '');
  // MDX has no HTML comments; its comments are JavaScript ones in braces.
  const [open, close] = ext === '.mdx' ? ['{/*', '*/}'] : ['<!--', '-->'];
  lines.push(
    `${open} Translate the title${src.summary ? ', summary' : ''} and the text below from "${src.sourceLocale}", then remove the line "draft: true".`,
    `     Date, province, author, tags and image come from the source. ${close}`,
    '',
  );
  return lines.join('\n') + src.body.replace(/^\n+/, '');
}
