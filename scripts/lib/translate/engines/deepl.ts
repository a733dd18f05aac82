/**
 * DeepL API v2: POST /v2/translate, header `Authorization: DeepL-Auth-Key <key>`, JSON body
 * { text: [...], source_lang, target_lang, tag_handling: 'xml' }, answered
 * { translations: [{ detected_source_language, text }] } in the order sent.
 * Limits (developers.deepl.com, api-reference/translate and resources/usage-limits): at most
 * 50 texts per request; the whole request body under 128 KiB.
 * Languages (docs/getting-started/supported-languages): Vietnamese is a source and target
 * (since 2025); Lao and Khmer are not offered at all. English must be EN-GB or EN-US as a
 * target: EN-GB, the English the site declares (intl en-GB in languages.json). Chinese: ZH-HANS.
 */
import { EngineError, type Engine, type Locale } from '../engine.ts';
import { batches, postJson, translateInBatches, type Env } from '../http.ts';

export const DEEPL_PRO_ENDPOINT = 'https://api.deepl.com/v2/translate';
export const DEEPL_FREE_ENDPOINT = 'https://api-free.deepl.com/v2/translate';
export const DEEPL_MAX_TEXTS = 50;
/** 128 KiB for the whole body; keep 1 KiB for the other fields and the JSON around the texts. */
export const DEEPL_MAX_BYTES = 128 * 1024 - 1024;
const SERVICE = 'DeepL';

const SOURCE: Record<string, string> = { vi: 'VI', en: 'EN', fr: 'FR', zh: 'ZH' };
const TARGET: Record<string, string> = { vi: 'VI', en: 'EN-GB', fr: 'FR', zh: 'ZH-HANS' };
/** Languages of the site DeepL does not translate, by name for the message. */
const MISSING: Record<string, string> = { lo: 'Lao', km: 'Khmer' };

/** Free keys end in ':fx' and must use the Free host (developers.deepl.com, getting-started/auth). */
export function deeplEndpoint(key: string, env: Env = process.env): string {
  return env.DEEPL_ENDPOINT || (key.endsWith(':fx') ? DEEPL_FREE_ENDPOINT : DEEPL_PRO_ENDPOINT);
}

export interface DeeplOptions {
  key: string;
  /** Default from deeplEndpoint(key, env). */
  endpoint?: string;
  env?: Env;
}

interface DeeplAnswer {
  translations?: { detected_source_language?: string; text?: unknown }[];
}

/** What one text adds to the JSON body: its escaped bytes and a comma. */
const jsonBytes = (s: string) => Buffer.byteLength(JSON.stringify(s)) + 1;

export function deeplEngine(options: DeeplOptions): Engine {
  const endpoint = options.endpoint ?? deeplEndpoint(options.key, options.env);
  return {
    id: 'deepl',
    label: SERVICE,
    memoryKey: 'deepl',
    unsupported(source: Locale, target: Locale): string | undefined {
      for (const [l, table] of [
        [source, SOURCE],
        [target, TARGET],
      ] as const) {
        if (l in MISSING) return `DeepL does not translate ${MISSING[l]}; use --engine google or openai for ${l}`;
        if (!(l in table)) return `DeepL has no language code set for "${l}" in this project; use --engine google or openai`;
      }
      return undefined;
    },
    async translate(segments: string[], source: Locale, target: Locale, onRequest?: (done: number) => void): Promise<string[]> {
      // Refuse before sending: DeepL has no Lao or Khmer, and the request would only come back 400.
      const why = this.unsupported(source, target);
      if (why) throw new EngineError(why, 'config');
      const runs = batches(segments, DEEPL_MAX_TEXTS, DEEPL_MAX_BYTES, jsonBytes);
      return translateInBatches(
        runs,
        async (text) => {
          const answer = await postJson<DeeplAnswer>(endpoint, {
            headers: { authorization: `DeepL-Auth-Key ${options.key}` },
            body: { text, source_lang: SOURCE[source] ?? source.toUpperCase(), target_lang: TARGET[target] ?? target.toUpperCase(), tag_handling: 'xml' },
            service: SERVICE,
            keyVariable: 'DEEPL_AUTH_KEY',
            secrets: [options.key],
            env: options.env,
          });
          const list = answer?.translations;
          return Array.isArray(list) ? list.map((t) => t?.text as string) : (undefined as unknown as string[]);
        },
        SERVICE,
        onRequest,
      );
    },
  };
}
