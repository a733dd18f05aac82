/**
 * What every engine does the same way: POST JSON to a service, retry what time can cure
 * (429, 5xx, a dropped connection), and turn every other failure into an EngineError whose
 * message an editor can act on. No message ever contains the key: keys travel in headers,
 * messages name the host only, and any service text quoted is scrubbed of the secrets given.
 */
import { EngineError } from './engine.ts';

export type Env = Record<string, string | undefined>;

export interface PostOptions {
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body: unknown;
  /** Per attempt, in ms; default TRANSLATE_TIMEOUT_MS or 60 000. */
  timeoutMs?: number;
  /** Attempts in all, the first included; default 5. */
  retries?: number;
  /** Who answers, for messages: 'Google Cloud Translation'. */
  service?: string;
  /** The variable holding the key, named when the key is refused: 'GOOGLE_TRANSLATE_API_KEY'. */
  keyVariable?: string;
  /** Strings that must never appear in a message (the key). */
  secrets?: string[];
  /** Where TRANSLATE_TIMEOUT_MS and TRANSLATE_RETRY_BASE_MS are read; default process.env. */
  env?: Env;
}

const DEFAULT_ATTEMPTS = 5;
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_BASE_MS = 1_000;
/** No single wait longer than this, whatever Retry-After asks: the editor is watching. */
export const MAX_WAIT_MS = 60_000;

/** Google's 403 reasons that mean "quota", not "bad key" (cloud.google.com/translate/quotas). */
const GOOGLE_QUOTA_REASONS = new Set(['dailyLimitExceeded', 'quotaExceeded', 'userRateLimitExceeded', 'rateLimitExceeded']);
/** Google's reasons for a wrong key, which it sends with status 400, not 401/403. */
const KEY_REASONS = new Set(['keyInvalid', 'keyExpired', 'API_KEY_INVALID']);
/** OpenAI's 429 codes that waiting will not cure: billing, not rate. */
const OPENAI_QUOTA_CODES = new Set([
  'insufficient_quota',
  'credit_balance_exhausted',
  'organization_spend_limit_exceeded',
  'project_spend_limit_exceeded',
  'organization_usage_limit_exceeded',
]);

function envNumber(env: Env, name: string, fallback: number): number {
  const value = Number(env[name]);
  return env[name] !== undefined && env[name] !== '' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Retry-After in ms (delta-seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (header == null || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.min(Number(text) * 1000, MAX_WAIT_MS);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.min(Math.max(0, date - now), MAX_WAIT_MS);
}

/** Exponential backoff with jitter: base · 2^(n−1), plus up to half that again, capped. */
export function backoffMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const step = baseMs * 2 ** (attempt - 1);
  return Math.min(step + step * 0.5 * random(), MAX_WAIT_MS);
}

/** The error fields of Google ({error:{message,errors:[{reason}]}}), DeepL ({message}) and OpenAI ({error:{message,code,type}}). */
function errorInfo(data: unknown): { message?: string; reasons: string[]; codes: string[] } {
  const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const e = (d.error && typeof d.error === 'object' ? d.error : {}) as Record<string, unknown>;
  const message = typeof e.message === 'string' ? e.message : typeof d.message === 'string' ? d.message : typeof d.error === 'string' ? d.error : undefined;
  // Google puts reasons in errors[] (v2 style: keyInvalid, dailyLimitExceeded) and details[] (API_KEY_INVALID).
  const list = [...(Array.isArray(e.errors) ? e.errors : []), ...(Array.isArray(e.details) ? e.details : [])] as unknown[];
  const reasons = list.map((x) => (x && typeof x === 'object' ? String((x as Record<string, unknown>).reason ?? '') : '')).filter(Boolean);
  const codes = [e.code, e.type].filter((c): c is string => typeof c === 'string');
  return { message, reasons, codes };
}

function scrub(text: string, secrets: string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('…');
  return out.replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** The host of an address, for messages (never the path or query); a bad address is a config error. */
export function hostOf(url: string): string {
  let u: URL | undefined;
  try {
    u = new URL(url);
  } catch {
    // Reported below.
  }
  // 'localhost:11434' parses, as the scheme "localhost:": only http(s) addresses are accepted.
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:') || !u.host)
    throw new EngineError(`"${url}" is not a valid http(s) address: check the endpoint or base URL variable`, 'config');
  return u.host;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A failed answer: what to tell the editor, and whether waiting may cure it. */
function classify(status: number, data: unknown, o: Required<Pick<PostOptions, 'service' | 'secrets'>> & PostOptions): { error: EngineError; retry: boolean } {
  const { message, reasons, codes } = errorInfo(data);
  const said = message ? `: ${scrub(message, o.secrets)}` : '';
  const check = o.keyVariable ? `: check ${o.keyVariable}` : '';
  if (status === 429 && codes.some((c) => OPENAI_QUOTA_CODES.has(c)))
    return { error: new EngineError(`${o.service} refused: the account's quota or credit is used up${said}`, 'quota'), retry: false };
  if (status === 456) return { error: new EngineError(`${o.service} refused: the account's character quota is used up${said}`, 'quota'), retry: false };
  if (status === 403 && reasons.some((r) => GOOGLE_QUOTA_REASONS.has(r)))
    return { error: new EngineError(`${o.service} refused: a usage quota of the project is exceeded (${reasons.join(', ')})${said}`, 'quota'), retry: false };
  // A refused key's own message is not quoted: OpenAI's echoes part of the key.
  if (status === 401 || status === 403 || reasons.some((r) => KEY_REASONS.has(r)))
    return { error: new EngineError(`${o.service} refused the key (HTTP ${status})${check}`, 'auth'), retry: false };
  if (status === 429) return { error: new EngineError(`${o.service} is busy (HTTP 429, too many requests)${said}`, 'http'), retry: true };
  if (status >= 500) return { error: new EngineError(`${o.service} failed (HTTP ${status})${said}`, 'http'), retry: true };
  return { error: new EngineError(`${o.service} refused the request (HTTP ${status})${said}`, 'http'), retry: false };
}

/**
 * POST `body` as JSON and give back the parsed JSON answer. Retries 429, 5xx and network
 * errors up to `retries` attempts, waiting as Retry-After says or with backoff. A timeout is
 * not retried: the service may still be working (and billing), and the editor has waited long enough.
 */
export async function postJson<T = unknown>(url: string, options: PostOptions): Promise<T> {
  const env = options.env ?? process.env;
  const host = hostOf(url);
  const o = { ...options, service: options.service ?? host, secrets: options.secrets ?? [] };
  const attempts = Math.max(1, options.retries ?? DEFAULT_ATTEMPTS);
  const timeoutMs = options.timeoutMs ?? envNumber(env, 'TRANSLATE_TIMEOUT_MS', DEFAULT_TIMEOUT_MS);
  const baseMs = envNumber(env, 'TRANSLATE_RETRY_BASE_MS', DEFAULT_BASE_MS);
  const payload = JSON.stringify(options.body);
  let last: EngineError | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let status: number;
    let text: string;
    let wait: number | undefined;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json', ...options.headers },
        body: payload,
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      wait = retryAfterMs(response.headers.get('retry-after'));
      text = await response.text();
    } catch (error) {
      const name = (error as Error)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') throw new EngineError(`no answer from ${host} within ${timeoutMs / 1000} s`, 'timeout');
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      // fetch gives a network failure a cause; without one the request itself was bad (a header, say): no retry cures that.
      if (!cause) throw new EngineError(`could not send the request to ${host} (${scrub((error as Error).message, o.secrets)})`, 'config');
      last = new EngineError(`could not reach ${host} (${scrub(cause?.code ?? cause?.message ?? (error as Error).message, o.secrets)})`, 'network');
      if (attempt < attempts) await sleep(backoffMs(attempt, baseMs));
      continue;
    }
    let data: unknown;
    let parsed = true;
    try {
      data = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = false;
    }
    if (status >= 200 && status < 300) {
      if (!parsed || data === undefined)
        throw new EngineError(`${o.service} sent an answer that is not JSON (HTTP ${status}: "${scrub(text, o.secrets).slice(0, 80)}")`, 'response');
      return data as T;
    }
    const { error, retry } = classify(status, data, o);
    if (!retry) throw error;
    last = error;
    if (attempt < attempts) await sleep(wait ?? backoffMs(attempt, baseMs));
  }
  throw new EngineError(`${last!.message}; gave up after ${attempts} attempts`, last!.kind);
}

/**
 * Cut items into runs of at most `maxItems` whose `size` adds up to at most `maxSize`, in
 * order; one item bigger than `maxSize` goes alone (the service says whether it is too big).
 */
export function batches<T>(items: T[], maxItems: number, maxSize: number, size: (item: T) => number): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  let total = 0;
  for (const item of items) {
    const n = size(item);
    if (run.length && (run.length >= maxItems || total + n > maxSize)) {
      out.push(run);
      run = [];
      total = 0;
    }
    run.push(item);
    total += n;
  }
  if (run.length) out.push(run);
  return out;
}

/**
 * Translate in runs, one request each, in order; checks that each run came back whole and
 * tells `onRequest` how many segments are done after each request.
 */
export async function translateInBatches(
  runs: string[][],
  send: (run: string[]) => Promise<string[]>,
  service: string,
  onRequest?: (done: number) => void,
): Promise<string[]> {
  const out: string[] = [];
  for (const run of runs) {
    const got = await send(run);
    if (!Array.isArray(got)) throw new EngineError(`${service} sent an answer without a list of translations`, 'response');
    if (got.length !== run.length) throw new EngineError(`${service} sent ${got.length} translations for ${run.length} segments`, 'response');
    if (got.some((t) => typeof t !== 'string')) throw new EngineError(`${service} sent a translation that is not text`, 'response');
    out.push(...got);
    onRequest?.(out.length);
  }
  return out;
}
