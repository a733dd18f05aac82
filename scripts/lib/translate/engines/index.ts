/**
 * Which engine, from the environment only (a key is never read from a file):
 *   google  GOOGLE_TRANSLATE_API_KEY            [GOOGLE_TRANSLATE_ENDPOINT]
 *   deepl   DEEPL_AUTH_KEY                      [DEEPL_ENDPOINT]
 *   openai  OPENAI_MODEL, and OPENAI_API_KEY or OPENAI_BASE_URL (a local server may need no key)
 * Every engine also reads TRANSLATE_TIMEOUT_MS and TRANSLATE_RETRY_BASE_MS (see ../http.ts).
 */
import { EngineError, type Engine } from '../engine.ts';
import type { Env } from '../http.ts';
import { deeplEngine } from './deepl.ts';
import { googleEngine } from './google.ts';
import { openaiEngine } from './openai.ts';

export type EngineId = 'google' | 'deepl' | 'openai';
/** In the order configuredEngine tries them. */
export const ENGINE_IDS: readonly EngineId[] = ['google', 'deepl', 'openai'];

/** A variable set to something other than blanks, trimmed; '' counts as unset. */
function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

export function createEngine(id: EngineId, env: Env = process.env): Engine {
  if (id === 'google') {
    const key = value(env, 'GOOGLE_TRANSLATE_API_KEY');
    if (!key) throw new EngineError('Google Cloud Translation needs a key: set GOOGLE_TRANSLATE_API_KEY', 'config');
    return googleEngine({ key, endpoint: value(env, 'GOOGLE_TRANSLATE_ENDPOINT'), env });
  }
  if (id === 'deepl') {
    const key = value(env, 'DEEPL_AUTH_KEY');
    if (!key) throw new EngineError('DeepL needs a key: set DEEPL_AUTH_KEY', 'config');
    return deeplEngine({ key, endpoint: value(env, 'DEEPL_ENDPOINT'), env });
  }
  if (id === 'openai') {
    const model = value(env, 'OPENAI_MODEL');
    if (!model) throw new EngineError('the OpenAI-compatible engine needs a model: set OPENAI_MODEL (e.g. gpt-4o-mini)', 'config');
    const key = value(env, 'OPENAI_API_KEY');
    const baseUrl = value(env, 'OPENAI_BASE_URL');
    if (!key && !baseUrl)
      throw new EngineError('the OpenAI-compatible engine needs a key: set OPENAI_API_KEY (or OPENAI_BASE_URL for a local server that needs none)', 'config');
    return openaiEngine({ model, key, baseUrl, env });
  }
  throw new EngineError(`unknown engine "${String(id)}": choose google, deepl or openai`, 'config');
}

/** The first engine whose variables are set, in the order google, deepl, openai; or undefined. */
export function configuredEngine(env: Env = process.env): EngineId | undefined {
  if (value(env, 'GOOGLE_TRANSLATE_API_KEY')) return 'google';
  if (value(env, 'DEEPL_AUTH_KEY')) return 'deepl';
  if (value(env, 'OPENAI_MODEL') && (value(env, 'OPENAI_API_KEY') || value(env, 'OPENAI_BASE_URL'))) return 'openai';
  return undefined;
}
