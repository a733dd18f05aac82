/**
 * Set one top-level field of a Markdown file's front-matter by editing only its line:
 * every other byte (comments, quoting, key order, BOM, CRLF endings) stays as the editor
 * wrote it, so a `--mark` makes a one-line diff.
 *
 * setFrontMatterField('---\ntitle: A\n---\nText', 'source_version', 'abc')
 *   → '---\ntitle: A\nsource_version: "abc"\n---\nText'
 */
export function setFrontMatterField(text: string, key: string, value: string): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const lines = body.split(/(?<=\n)/); // keeps each line's own ending
  if (lines.length === 0 || !/^---[ \t]*\r?\n$/.test(lines[0])) {
    throw new Error('the file has no front-matter block (a first line "---")');
  }
  const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)[ \t]*(\r?\n)?$/.test(l));
  if (close < 0) throw new Error('the front-matter block is not closed by a line "---"');
  const eol = lines[0].endsWith('\r\n') ? '\r\n' : '\n';
  const line = `${key}: ${yamlScalar(value)}`;
  const field = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:`);
  const at = lines.findIndex((l, i) => i > 0 && i < close && field.test(l));
  if (at >= 0) {
    const ending = /\r?\n$/.exec(lines[at])?.[0] ?? '';
    lines[at] = line + ending;
  } else {
    lines.splice(close, 0, line + eol);
  }
  return bom + lines.join('');
}

/**
 * Always a double-quoted scalar (JSON strings are valid YAML): a hex hash such as
 * `12e456789012` would otherwise be read as a number.
 */
function yamlScalar(value: string): string {
  return JSON.stringify(value);
}
