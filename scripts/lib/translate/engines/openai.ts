/**
 * Any OpenAI-compatible chat-completions server (OpenAI, Azure-style gateways, a local Ollama
 * or vLLM): POST <base>/chat/completions with { model, temperature: 0, messages }, answered
 * { choices: [{ message: { content } }] }. A chat model has no tag handling, so the prompt asks
 * for the tags back as sent and for a JSON array of exactly as many strings; the tags are
 * checked again when the translation is put together (src/lib/translate/wire.ts).
 */
import { EngineError, type Engine, type Locale } from '../engine.ts';
import { batches, hostOf, postJson, translateInBatches, type Env } from '../http.ts';
import { LANGUAGES } from '../../../../src/lib/languages.ts';

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
/** Small runs: a long answer is more likely to drop or merge a string, and costs more to redo. */
export const OPENAI_MAX_SEGMENTS = 20;
export const OPENAI_MAX_CHARS = 4_000;

export interface OpenAIOptions {
  model: string;
  /** Absent for a local server that needs none: then no Authorization header is sent. */
  key?: string;
  /** Default OPENAI_BASE_URL; a trailing slash is dropped. */
  baseUrl?: string;
  env?: Env;
}

/** 'zh' → 'Chinese (zh-Hans)': the English name, and the tag that says which script. */
export function languageName(code: Locale): string {
  const l = LANGUAGES.find((x) => x.code === code);
  return l ? `${l.englishName} (${l.bcp47})` : code;
}

export function systemPrompt(source: Locale, target: Locale): string {
  return [
    'You are a professional translator for a Vietnamese provincial news bulletin on people-to-people diplomacy',
    '(friendship associations, exchanges and visits with neighbouring countries and partners).',
    `Translate from ${languageName(source)} to ${languageName(target)}, in the plain, accurate register of a news agency.`,
    'The user sends a JSON array of strings. Each string may contain XML tags such as <g id="1">…</g> and <x id="2"/>:',
    'keep every tag exactly as written, with its id, around the words it marks in your translation;',
    'translate the text between tags, but never translate, change, add or remove a tag or its attributes.',
    'Keep XML escapes such as &amp; &lt; &gt; as they are.',
    'Return ONLY a JSON array of strings: the same number of strings as sent, in the same order, one translation each, with no comment.',
  ].join(' ');
}

interface ChatAnswer {
  choices?: { message?: { content?: unknown }; finish_reason?: string }[];
}

/** The array in a model's answer, tolerating a ```json fence around it. */
export function parseArray(content: unknown, service: string): unknown[] {
  if (typeof content !== 'string') throw new EngineError(`${service} sent no text in its answer`, 'response');
  const fenced = /^\s*```[a-zA-Z]*\s*\n?([\s\S]*?)\n?\s*```\s*$/.exec(content);
  const text = (fenced ? fenced[1] : content).trim();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new EngineError(`${service} did not answer with JSON (it began "${text.slice(0, 60)}")`, 'response');
  }
  if (!Array.isArray(data)) throw new EngineError(`${service} answered with JSON that is not an array of strings`, 'response');
  return data;
}

export function openaiEngine(options: OpenAIOptions): Engine {
  const url = `${(options.baseUrl ?? OPENAI_BASE_URL).replace(/\/+$/, '')}/chat/completions`;
  const service = `the model ${options.model} at ${hostOf(url)}`;
  return {
    id: 'openai',
    label: `OpenAI-compatible (${options.model})`,
    memoryKey: `openai:${options.model}`,
    unsupported(source: Locale, target: Locale): string | undefined {
      const missing = [source, target].find((l) => !LANGUAGES.some((x) => x.code === l));
      return missing ? `"${missing}" is not a language of this site` : undefined;
    },
    translate(segments: string[], source: Locale, target: Locale, onRequest?: (done: number) => void): Promise<string[]> {
      const runs = batches(segments, OPENAI_MAX_SEGMENTS, OPENAI_MAX_CHARS, (s) => s.length);
      const system = systemPrompt(source, target);
      return translateInBatches(
        runs,
        async (run) => {
          const answer = await postJson<ChatAnswer>(url, {
            headers: options.key ? { authorization: `Bearer ${options.key}` } : {},
            body: {
              model: options.model,
              temperature: 0,
              messages: [
                { role: 'system', content: system },
                { role: 'user', content: JSON.stringify(run) },
              ],
            },
            service,
            keyVariable: 'OPENAI_API_KEY',
            secrets: options.key ? [options.key] : [],
            env: options.env,
          });
          const choice = answer?.choices?.[0];
          if (choice?.finish_reason === 'length')
            throw new EngineError(`${service} stopped before the end of its answer (token limit): try a model with a larger output`, 'response');
          return parseArray(choice?.message?.content, service) as string[];
        },
        service,
        onRequest,
      );
    },
  };
}
