import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The translation memory: every segment an engine has translated, by source text, target
 * language and engine (model included), so that a second run, or a run after an editor
 * changed one paragraph, sends only what is new. One JSON file per language in
 * `<content>/.translation-memory/` (a dot folder: never read as content); commit it with
 * the translations so that CI runs stay cheap.
 */
export class TranslationMemory {
  private readonly file: string;
  private readonly engine: string;
  private entries: Record<string, string>;
  private dirty = false;

  constructor(contentDir: string, target: string, engine: string) {
    this.file = path.join(contentDir, '.translation-memory', `${target}.json`);
    this.engine = engine;
    this.entries = TranslationMemory.read(this.file);
  }

  /** A missing or unreadable memory is an empty one: it only saves money, never decides anything. */
  private static read(file: string): Record<string, string> {
    try {
      const stat = fs.lstatSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) return {};
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries?: unknown };
      return data.entries && typeof data.entries === 'object' ? Object.assign(Object.create(null), data.entries) : {};
    } catch {
      return {};
    }
  }

  private key(wire: string): string {
    return createHash('sha256').update(`${this.engine}\n${wire}`).digest('base64url').slice(0, 24);
  }

  get(wire: string): string | undefined {
    const hit = this.entries[this.key(wire)];
    return typeof hit === 'string' ? hit : undefined;
  }

  set(wire: string, translated: string): void {
    this.entries[this.key(wire)] = translated;
    this.dirty = true;
  }

  /** Write the memory if it changed: to a temporary file, then renamed, so it is never half-written. */
  save(): void {
    if (!this.dirty) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const sorted = Object.fromEntries(Object.entries(this.entries).sort(([a], [b]) => (a < b ? -1 : 1)));
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, `${JSON.stringify({ version: 1, entries: sorted }, null, 1)}\n`);
    fs.renameSync(tmp, this.file);
    this.dirty = false;
  }
}
