/**
 * A machine-translation engine: one small interface in front of each service's API, so that
 * `npm run translate` does not care which one a newsroom uses. Engines are configured only
 * by environment variables (no key is ever read from a file).
 *
 * A segment is one block of text (a paragraph, a heading, a title, an alt text) in which
 * inline markup is written as XML tags that must come back exactly as they were sent:
 *   'Đoàn <g id="1">Hội hữu nghị</g> thăm <x id="2"/> Viêng Chăn &amp; Luang Prabang'
 * Text is XML-escaped (&amp; &lt; &gt;). Engines send segments with the service's
 * XML/HTML tag handling turned on and give back the translations in the same order.
 */

/** Locale codes of the site (src/data/languages.json): vi, en, fr, lo, zh, km. */
export type Locale = string;

export interface Engine {
  /** 'google' | 'deepl' | 'openai' */
  id: string;
  /** Who translated, for the `translator` field: 'Google Cloud Translation', 'DeepL', 'OpenAI-compatible (gpt-4o-mini)'. */
  label: string;
  /** Part of the translation-memory key: a new model is a new engine ('openai:gpt-4o-mini'). */
  memoryKey: string;
  /** Why this engine cannot translate from `source` to `target`, or undefined: DeepL has no Lao or Khmer. */
  unsupported(source: Locale, target: Locale): string | undefined;
  /**
   * Translate segments, in order; the engine splits them into requests within the
   * service's limits. Throws EngineError on a failure that retrying did not cure.
   * `onRequest` is told after each request (for progress).
   */
  translate(segments: string[], source: Locale, target: Locale, onRequest?: (done: number) => void): Promise<string[]>;
}

/** What went wrong, so that the caller can word it or decide to stop. */
export type EngineErrorKind = 'auth' | 'quota' | 'timeout' | 'http' | 'network' | 'response' | 'config';

/** Why a translation run stopped: a message for the editor, never a stack trace. */
export class EngineError extends Error {
  /** 'auth' (bad key), 'quota', 'timeout', 'http' (other status), 'network', 'response' (unexpected answer), 'config' */
  readonly kind: EngineErrorKind;

  // Assigned in the body, not as a parameter property: Node's type stripping cannot run those.
  constructor(message: string, kind: EngineErrorKind) {
    super(message);
    this.name = 'EngineError';
    this.kind = kind;
  }
}
