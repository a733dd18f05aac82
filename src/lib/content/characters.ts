/**
 * Characters an editor never means to type and readers must never get: C0 and C1 control
 * characters (NUL, ESC… but not tab and newline), DEL, and the bidirectional overrides,
 * embeddings and isolates that make text display in another order than it is stored
 * (U+202A–U+202E, U+2066–U+2069). Left-to-right and right-to-left marks are harmless.
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Where the unsafe characters of a text are: unsafeCharacters('a\nb\u202Ec') → [{ line: 2, code: 'U+202E' }]. */
export function unsafeCharacters(text: string): { line: number; code: string }[] {
  const found: { line: number; code: string }[] = [];
  for (const m of text.matchAll(UNSAFE)) {
    const line = text.slice(0, m.index).split('\n').length;
    found.push({ line, code: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` });
  }
  return found;
}

/** A text made safe to print on a terminal: shown('a\u001Bb') → 'a\\u{1B}b'. */
export function shown(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}
