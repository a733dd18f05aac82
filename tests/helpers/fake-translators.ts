/**
 * Local stand-ins for Google Cloud Translation v2, DeepL v2 and an OpenAI-compatible
 * chat-completions server, on 127.0.0.1 (a free port), so that engine tests never call a
 * real service. Each speaks its API as documented (path, method, where the key goes, the
 * answer's shape, the status a wrong key gets), records every request, and "translates" by
 * putting `[<target, lowercased>] ` before each run of text outside tags, so tags and ids survive:
 *   'Đoàn <g id="1">Hội</g>' → '[en-gb] Đoàn <g id="1">[en-gb] Hội</g>'
 * Failures can be scripted: failNext(429, 2, { 'retry-after': '0' }), hang(true), wrongLength().
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query as sent: '/language/translate/v2?key=…'. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON, or the raw text when it was not JSON. */
  body: any;
  /** Size of the body in bytes. */
  bytes: number;
}

export interface FakeTranslator {
  /** What to configure as the endpoint (Google, DeepL) or base URL (OpenAI). */
  url: string;
  requests: RecordedRequest[];
  /**
   * Answer the next `times` requests with `status` (and headers), then behave again. `body`
   * defaults to the service's own error shape; a string is sent as is (e.g. not JSON).
   */
  failNext(status: number, times?: number, headers?: Record<string, string>, body?: unknown): void;
  /** While on, requests are read and recorded but never answered (for timeouts). */
  hang(on: boolean): void;
  /** The next `times` answers carry one translation too few. */
  wrongLength(times?: number): void;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

/** Mark each text run outside tags as translated into `lang`. */
export function fakeTranslate(text: string, lang: string): string {
  return text.replace(/(^|>)([^<]*[^<\s][^<]*)(?=<|$)/g, (_, before: string, run: string) => `${before}[${lang.toLowerCase()}] ${run}`);
}

async function startFake(
  base: string,
  errorBody: (status: number) => unknown,
  handle: (req: RecordedRequest, short: boolean) => Reply,
): Promise<FakeTranslator> {
  const requests: RecordedRequest[] = [];
  const failures: Reply[] = [];
  let hanging = false;
  let short = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      let body: unknown = raw.toString('utf8');
      try {
        body = JSON.parse(body as string);
      } catch {
        // Kept as text: the handler refuses it like the service would.
      }
      const u = new URL(req.url ?? '/', 'http://x');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        path: u.pathname,
        query: u.searchParams,
        headers: req.headers,
        body,
        bytes: raw.length,
      };
      requests.push(recorded);
      if (hanging) return;
      const failure = failures.shift();
      const cut = !failure && short > 0;
      if (cut) short--;
      const reply = failure ?? handle(recorded, cut);
      const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      res.writeHead(reply.status, { 'content-type': typeof reply.body === 'string' ? 'text/plain' : 'application/json; charset=utf-8', ...reply.headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    failNext(status, times = 1, headers = {}, body) {
      for (let i = 0; i < times; i++) failures.push({ status, headers, body: body === undefined ? errorBody(status) : body });
    },
    hang(on) {
      hanging = on;
    },
    wrongLength(times = 1) {
      short += times;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({ status, body, headers });

/** Google Cloud Translation v2 (Basic): POST /language/translate/v2, key in X-Goog-Api-Key or ?key=. */
export function startFakeGoogle(options: { key: string }): Promise<FakeTranslator> {
  const googleError = (code: number, message: string, status: string, reason: string, detail?: string) => ({
    error: {
      code,
      message,
      errors: [{ message, domain: 'global', reason }],
      status,
      ...(detail ? { details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: detail, domain: 'googleapis.com' }] } : {}),
    },
  });
  const errorBody = (status: number) =>
    status === 429
      ? googleError(429, 'Too many requests', 'RESOURCE_EXHAUSTED', 'rateLimitExceeded')
      : googleError(status, 'Internal error encountered.', 'INTERNAL', 'backendError');
  return startFake('/language/translate/v2', errorBody, (req, short) => {
    if (req.path !== '/language/translate/v2') return json(404, googleError(404, 'Not Found', 'NOT_FOUND', 'notFound'));
    if (req.method !== 'POST') return json(405, googleError(405, 'Method not allowed', 'INVALID_ARGUMENT', 'badRequest'));
    const key = (req.headers['x-goog-api-key'] as string | undefined) ?? req.query.get('key');
    if (!key)
      return json(
        403,
        googleError(
          403,
          "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
          'PERMISSION_DENIED',
          'forbidden',
        ),
      );
    // What Google really answers to a wrong key: 400, not 401.
    if (key !== options.key)
      return json(400, googleError(400, 'API key not valid. Please pass a valid API key.', 'INVALID_ARGUMENT', 'badRequest', 'API_KEY_INVALID'));
    const b = req.body as { q?: unknown; target?: unknown; source?: unknown; format?: unknown };
    const q = typeof b?.q === 'string' ? [b.q] : b?.q;
    if (!Array.isArray(q) || typeof b.target !== 'string') return json(400, googleError(400, 'Invalid Value', 'INVALID_ARGUMENT', 'invalid'));
    if (q.length > 128) return json(400, googleError(400, 'Too many text segments', 'INVALID_ARGUMENT', 'invalid'));
    if (b.format !== undefined && b.format !== 'html' && b.format !== 'text')
      return json(400, googleError(400, 'Invalid Value', 'INVALID_ARGUMENT', 'invalid'));
    const out = q.map((t: string) => ({ translatedText: fakeTranslate(t, b.target as string), ...(b.source ? {} : { detectedSourceLanguage: 'vi' }) }));
    return json(200, { data: { translations: short ? out.slice(1) : out } });
  });
}

/** DeepL API v2: POST /v2/translate, header `Authorization: DeepL-Auth-Key <key>`. */
export function startFakeDeepl(options: { key: string }): Promise<FakeTranslator> {
  const TARGETS = new Set(['VI', 'EN-GB', 'EN-US', 'FR', 'ZH', 'ZH-HANS', 'ZH-HANT', 'DE']);
  const errorBody = (status: number) => ({ message: status === 429 ? 'Too many requests' : status === 456 ? 'Quota Exceeded' : 'Internal Server Error' });
  return startFake('/v2/translate', errorBody, (req, short) => {
    if (req.path !== '/v2/translate') return json(404, { message: 'Not found' });
    if (req.method !== 'POST') return json(405, { message: 'Method not allowed' });
    const auth = req.headers.authorization;
    if (!auth?.startsWith('DeepL-Auth-Key ')) return json(401, { message: 'Unauthorized' });
    if (auth !== `DeepL-Auth-Key ${options.key}`) return json(403, { message: 'Forbidden' });
    if (req.bytes > 128 * 1024) return json(413, { message: 'Request Entity Too Large' });
    const b = req.body as { text?: unknown; target_lang?: unknown; source_lang?: unknown };
    if (!Array.isArray(b?.text) || b.text.length === 0) return json(400, { message: "Parameter 'text' not specified." });
    if (b.text.length > 50) return json(400, { message: 'Too many texts.' });
    if (typeof b.target_lang !== 'string' || !TARGETS.has(b.target_lang)) return json(400, { message: "Value for 'target_lang' not supported." });
    const out = b.text.map((t: string) => ({
      detected_source_language: typeof b.source_lang === 'string' ? b.source_lang : 'VI',
      text: fakeTranslate(t, b.target_lang as string),
    }));
    return json(200, { translations: short ? out.slice(1) : out });
  });
}

/**
 * An OpenAI-compatible server: POST /v1/chat/completions, `Authorization: Bearer <key>`
 * (none needed when started without a key, like a local Ollama). It reads the target from
 * the system prompt ("… to Chinese (zh-Hans)") and the segments from the user message.
 * `fence` wraps the answer in ```json … ``` as chat models often do.
 */
export function startFakeOpenAI(options: { key?: string; fence?: boolean } = {}): Promise<FakeTranslator> {
  const openaiError = (message: string, type: string, code: string | null) => ({ error: { message, type, param: null, code } });
  const errorBody = (status: number) =>
    status === 429
      ? openaiError('Rate limit reached for requests', 'requests', 'rate_limit_exceeded')
      : openaiError('The server had an error while processing your request.', 'server_error', null);
  return startFake('/v1', errorBody, (req, short) => {
    if (req.path !== '/v1/chat/completions') return json(404, openaiError(`Invalid URL (${req.method} ${req.path})`, 'invalid_request_error', null));
    if (req.method !== 'POST') return json(405, openaiError('Method not allowed', 'invalid_request_error', null));
    if (options.key !== undefined) {
      const auth = req.headers.authorization;
      if (!auth) return json(401, openaiError("You didn't provide an API key.", 'invalid_request_error', null));
      // Like OpenAI, echo part of the key: the engine must not pass it on.
      if (auth !== `Bearer ${options.key}`)
        return json(401, openaiError(`Incorrect API key provided: ${auth.slice(7, 12)}****${auth.slice(-4)}.`, 'invalid_request_error', 'invalid_api_key'));
    }
    const b = req.body as { model?: unknown; messages?: { role: string; content: string }[] };
    if (typeof b?.model !== 'string' || !Array.isArray(b.messages))
      return json(400, openaiError('you must provide a model parameter', 'invalid_request_error', null));
    const system = b.messages.find((m) => m.role === 'system')?.content ?? '';
    const target = /from [^(]+\([^)]+\) to [^(]+\(([^)]+)\)/.exec(system)?.[1] ?? 'xx';
    const segments = JSON.parse(b.messages.find((m) => m.role === 'user')?.content ?? '[]') as string[];
    const out = segments.map((s) => fakeTranslate(s, target));
    const content = JSON.stringify(short ? out.slice(1) : out);
    return json(200, {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: b.model,
      choices: [{ index: 0, message: { role: 'assistant', content: options.fence ? '```json\n' + content + '\n```' : content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    });
  });
}
