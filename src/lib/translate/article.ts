import { createHash } from 'node:crypto';
import { applySegments, bodySegments, plainSegment, renderAll, type Segment } from './segments.ts';
import { parseWire, WireError, type WireNode } from './wire.ts';
import type { GlossaryEntry } from './glossary.ts';

/**
 * One machine translation of one article file: what to send (the title, summary and cover
 * alt text, then the body's segments) and the file written from what comes back.
 */

/** The front-matter fields a translation carries in its own language. */
export const TRANSLATED_FIELDS = ['title', 'summary', 'image_alt'] as const;

/** The source file as the content model read it. */
export interface SourceArticle {
  data: Record<string, unknown>;
  body: string;
  mdx: boolean;
}

/** Who translated, and from which version of the source. */
export interface MachineStamp {
  translator: string;
  sourceVersion: string;
}

/** A segment that came back broken, with where it came from, for the editor. */
export class SegmentError extends Error {
  readonly segment: Segment;
  readonly where: string;
  constructor(segment: Segment, where: string, reason: string) {
    super(`${where}: ${reason}`);
    this.segment = segment;
    this.where = where;
  }
}

/**
 * The digest `npm run translate` records in `machine_digest`: of the fields it wrote and
 * the body, as the content model reads them back, so that any edit changes it.
 */
export function machineDigest(data: Record<string, unknown>, body: string): string {
  const fields = TRANSLATED_FIELDS.map((f) => (typeof data[f] === 'string' ? (data[f] as string) : ''));
  const text = JSON.stringify([...fields, body.replace(/\r\n?/g, '\n').trim()]).normalize('NFC');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s: string) => JSON.stringify(s);

export interface TranslationPlan {
  /** Everything to send, in order. */
  segments: Segment[];
  /** Where each segment is, for messages: 'title', 'summary', 'body line 12'. */
  where: string[];
  /** The translation file's text from the translated wires (one per segment). Throws SegmentError. */
  assemble(translated: string[], stamp: MachineStamp): string;
}

/**
 * Plan the translation of `source` into `target`. Throws on a body that does not parse
 * (npm run check reports it first).
 */
export function planTranslation(source: SourceArticle, target: string, glossary: GlossaryEntry[]): TranslationPlan {
  const fields = TRANSLATED_FIELDS.flatMap((name) => {
    const value = source.data[name];
    // image_alt goes with a cover; an empty field stays out.
    if (typeof value !== 'string' || !value.trim() || (name === 'image_alt' && !source.data.image)) return [];
    const segment = plainSegment(value, target, glossary);
    return segment ? [{ name, segment }] : [];
  });
  const body = bodySegments(source.body, source.mdx, target, glossary);
  const segments = [...fields.map((f) => f.segment), ...body];
  const where = [...fields.map((f) => f.name), ...body.map((s) => `body line ${s.line}`)];
  return {
    segments,
    where,
    assemble(translated, stamp) {
      const nodes: WireNode[][] = segments.map((s, i) => {
        try {
          return parseWire(translated[i], s.expected);
        } catch (error) {
          if (error instanceof WireError) throw new SegmentError(s, where[i], error.message);
          throw error;
        }
      });
      const rendered = renderAll(segments, nodes);
      const values = new Map(
        fields.map((f, i) => [
          f.name,
          rendered[i]
            .replace(/\s*\n\s*/g, ' ')
            .trim()
            .normalize('NFC'),
        ]),
      );
      const text = applySegments(source.body, body, rendered.slice(fields.length)).normalize('NFC');
      const data = Object.fromEntries(values);
      const lines = ['---'];
      for (const name of TRANSLATED_FIELDS) if (values.has(name)) lines.push(`${name}: ${q(values.get(name)!)}`);
      lines.push('translation: machine', `translator: ${q(stamp.translator)}`, `source_version: ${q(stamp.sourceVersion)}`);
      lines.push(`machine_digest: ${q(machineDigest(data, text))}`, '---');
      return `${lines.join('\n')}\n${text.startsWith('\n') ? text : `\n${text}`}`;
    },
  };
}
