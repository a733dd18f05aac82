import YAML from 'yaml';
import { cleanSource } from '../text.ts';
import { unsafeCharacters } from './characters.ts';

/** An article file's text taken apart: front-matter data, body, and where things are. */
export interface ParsedArticle {
  /** Front-matter fields; dates stay strings as written (YAML 1.2 core schema). */
  data: Record<string, unknown>;
  /** Markdown or MDX body, NFC, LF line endings. */
  body: string;
  /** 1-based line of each top-level front-matter field. */
  lines: Record<string, number>;
  /** 1-based line on which the body starts. */
  bodyLine: number;
}

/** Why a file's text cannot be read as an article, and on which line. */
export class ArticleSyntaxError extends Error {
  readonly line: number;
  readonly kind: 'yaml' | 'fence' | 'tag' | 'shape' | 'character';
  readonly detail: string;
  constructor(kind: ArticleSyntaxError['kind'], line: number, detail: string) {
    super(`${kind} at line ${line}: ${detail}`);
    this.kind = kind;
    this.line = line;
    this.detail = detail;
  }
}

const FENCE = /^---[ \t]*$/;

/**
 * Parse an article file's text. Front-matter is YAML only: the file starts with a line
 * `---`, the YAML, and a closing `---` line. Nothing is evaluated: other front-matter
 * languages (`---js`), YAML tags (`!!js/function`) and duplicate keys are refused, as
 * are control characters and bidirectional overrides anywhere in the file.
 * parseArticleText('---\ntitle: A\n---\nText\n') → { data: { title: 'A' }, body: 'Text\n', lines: { title: 2 }, bodyLine: 4 }
 */
export function parseArticleText(text: string): ParsedArticle {
  const source = cleanSource(text).normalize('NFC');
  const bad = unsafeCharacters(source)[0];
  if (bad) throw new ArticleSyntaxError('character', bad.line, bad.code);
  const firstEnd = source.indexOf('\n');
  const first = firstEnd === -1 ? source : source.slice(0, firstEnd);
  if (!first.startsWith('---')) return { data: {}, body: source, lines: {}, bodyLine: 1 };
  if (!FENCE.test(first)) throw new ArticleSyntaxError('fence', 1, first.slice(0, 40));

  // Find the closing fence line.
  let start = firstEnd + 1;
  let line = 2;
  let close = -1;
  while (firstEnd !== -1 && start <= source.length) {
    const end = source.indexOf('\n', start);
    const text = source.slice(start, end === -1 ? undefined : end);
    if (FENCE.test(text)) {
      close = start;
      break;
    }
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  if (close === -1) throw new ArticleSyntaxError('fence', 1, 'no closing --- line');
  const yamlText = source.slice(firstEnd + 1, close);
  const afterClose = source.indexOf('\n', close);
  const body = afterClose === -1 ? '' : source.slice(afterClose + 1);
  return { ...parseYaml(yamlText), body, bodyLine: line + 1 };
}

/** The front-matter's YAML as plain data, with the line (in the file) of each field. */
function parseYaml(yamlText: string): Pick<ParsedArticle, 'data' | 'lines'> {
  const counter = new YAML.LineCounter();
  const doc = YAML.parseDocument(yamlText, { schema: 'core', uniqueKeys: true, lineCounter: counter, prettyErrors: true });
  // The YAML starts on the file's second line.
  const fileLine = (e: { linePos?: [{ line: number }, ...unknown[]] }) => (e.linePos?.[0]?.line ?? 1) + 1;
  const error = doc.errors[0];
  if (error) throw new ArticleSyntaxError('yaml', fileLine(error), error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
  const warning = doc.warnings[0];
  if (warning) {
    const kind = warning.code === 'TAG_RESOLVE_FAILED' ? 'tag' : 'yaml';
    throw new ArticleSyntaxError(kind, fileLine(warning), warning.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
  }
  if (doc.contents === null) return { data: {}, lines: {} };
  if (!YAML.isMap(doc.contents)) throw new ArticleSyntaxError('shape', 2, 'not a list of fields');
  const lines: Record<string, number> = {};
  for (const pair of doc.contents.items) {
    const key = YAML.isScalar(pair.key) ? String(pair.key.value) : undefined;
    const offset = YAML.isNode(pair.key) ? pair.key.range?.[0] : undefined;
    if (key !== undefined && offset !== undefined && !(key in lines)) lines[key] = counter.linePos(offset).line + 1;
  }
  const data = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  // YAML escapes ("\u001B") make characters the text itself does not show.
  for (const [key, value] of Object.entries(data)) {
    const bad = unsafeIn(value);
    if (bad) throw new ArticleSyntaxError('character', lines[key] ?? 2, bad);
  }
  return { data, lines };
}

/** The first unsafe character in a parsed value, as U+XXXX. */
function unsafeIn(value: unknown): string | undefined {
  if (typeof value === 'string') return unsafeCharacters(value)[0]?.code;
  if (Array.isArray(value)) return value.map(unsafeIn).find(Boolean);
  if (value && typeof value === 'object') return Object.entries(value).flat().map(unsafeIn).find(Boolean);
  return undefined;
}
