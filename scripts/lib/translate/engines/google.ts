/**
 * Google Cloud Translation – Basic (v2): POST /language/translate/v2 with a JSON body
 * { q: [...], source, target, format: 'html' }, answered { data: { translations: [{ translatedText }] } }.
 * With format 'html' Google translates only the text between tags and keeps the tags.
 * The key goes in the X-Goog-Api-Key header, not the `key` query parameter, so that it never
 * sits in a URL (proxy logs, error messages).
 * Limits (cloud.google.com/translate/docs/basic/translating-text, /translate/quotas): at most
 * 128 strings per request; about 5,000 characters per request recommended.
 */
import type { Engine, Locale } from '../engine.ts';
import { batches, postJson, translateInBatches, type Env } from '../http.ts';

export const GOOGLE_ENDPOINT = 'https://translation.googleapis.com/language/translate/v2';
export const GOOGLE_MAX_STRINGS = 128;
export const GOOGLE_MAX_CHARS = 5_000;
const SERVICE = 'Google Cloud Translation';

/** Site locale → Google code. Our Chinese is Simplified (zh-Hans), which Google calls zh-CN. */
const CODES: Record<string, string> = { vi: 'vi', en: 'en', fr: 'fr', lo: 'lo', km: 'km', zh: 'zh-CN' };

export interface GoogleOptions {
  key: string;
  /** Default GOOGLE_ENDPOINT; tests point it at a local fake. */
  endpoint?: string;
  env?: Env;
}

interface GoogleAnswer {
  data?: { translations?: { translatedText?: unknown }[] };
}

export function googleEngine(options: GoogleOptions): Engine {
  const endpoint = options.endpoint ?? GOOGLE_ENDPOINT;
  return {
    id: 'google',
    label: SERVICE,
    memoryKey: 'google',
    unsupported(source: Locale, target: Locale): string | undefined {
      const missing = [source, target].find((l) => !(l in CODES));
      return missing ? `${SERVICE} has no language code set for "${missing}" in this project` : undefined;
    },
    translate(segments: string[], source: Locale, target: Locale, onRequest?: (done: number) => void): Promise<string[]> {
      const runs = batches(segments, GOOGLE_MAX_STRINGS, GOOGLE_MAX_CHARS, (s) => s.length);
      return translateInBatches(
        runs,
        async (q) => {
          const answer = await postJson<GoogleAnswer>(endpoint, {
            headers: { 'x-goog-api-key': options.key },
            body: { q, source: CODES[source] ?? source, target: CODES[target] ?? target, format: 'html' },
            service: SERVICE,
            keyVariable: 'GOOGLE_TRANSLATE_API_KEY',
            secrets: [options.key],
            env: options.env,
          });
          const list = answer?.data?.translations;
          return Array.isArray(list) ? list.map((t) => t?.translatedText as string) : (undefined as unknown as string[]);
        },
        SERVICE,
        onRequest,
      );
    },
  };
}
