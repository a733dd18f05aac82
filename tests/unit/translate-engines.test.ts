import { afterEach, describe, expect, it } from 'vitest';
import { EngineError } from '../../scripts/lib/translate/engine.ts';
import { backoffMs, batches, postJson, retryAfterMs, MAX_WAIT_MS, type Env } from '../../scripts/lib/translate/http.ts';
import { configuredEngine, createEngine } from '../../scripts/lib/translate/engines/index.ts';
import { deeplEndpoint, DEEPL_FREE_ENDPOINT, DEEPL_PRO_ENDPOINT } from '../../scripts/lib/translate/engines/deepl.ts';
import { parseArray, systemPrompt } from '../../scripts/lib/translate/engines/openai.ts';
import { fakeTranslate, startFakeDeepl, startFakeGoogle, startFakeOpenAI, type FakeTranslator } from '../helpers/fake-translators.ts';

const GOOGLE_KEY = 'AIzaSy-test-google-key-123';
const DEEPL_KEY = 'deepl-test-key-456:fx';
const OPENAI_KEY = 'sk-test-openai-key-789';
/** Retries wait 1 ms, not 1 s: the tests stay fast and still go through the backoff path. */
const FAST: Env = { TRANSLATE_RETRY_BASE_MS: '1' };

const SEGMENTS = ['Đoàn <g id="1">Hội hữu nghị</g> thăm <x id="2"/> Viêng Chăn &amp; Luang Prabang', 'Tọa đàm', '<g id="1">Hà Nội</g>'];

let fakes: FakeTranslator[] = [];
async function fake<T extends FakeTranslator>(started: Promise<T>): Promise<T> {
  const f = await started;
  fakes.push(f);
  return f;
}
afterEach(async () => {
  await Promise.all(fakes.map((f) => f.close()));
  fakes = [];
});

/** The EngineError a promise rejects with (fails the test if it resolves or throws something else). */
async function failure(p: Promise<unknown>): Promise<EngineError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EngineError);
  return error as EngineError;
}

const many = (n: number, prefix = 'Đoạn') => Array.from({ length: n }, (_, i) => `${prefix} <g id="1">${i}</g> số ${i}`);

describe('Google Cloud Translation v2', () => {
  const google = async (env: Env = {}) => {
    const f = await fake(startFakeGoogle({ key: GOOGLE_KEY }));
    return { f, engine: createEngine('google', { ...FAST, GOOGLE_TRANSLATE_API_KEY: GOOGLE_KEY, GOOGLE_TRANSLATE_ENDPOINT: f.url, ...env }) };
  };

  it('sends the documented request: POST, key in X-Goog-Api-Key (never in the address), q, source, target, format html', async () => {
    const { f, engine } = await google();
    expect(engine).toMatchObject({ id: 'google', label: 'Google Cloud Translation', memoryKey: 'google' });
    const out = await engine.translate(SEGMENTS, 'vi', 'zh');
    expect(f.requests).toHaveLength(1);
    const [r] = f.requests;
    expect(r.method).toBe('POST');
    expect(r.path).toBe('/language/translate/v2');
    expect(r.url).not.toContain(GOOGLE_KEY);
    expect(r.headers['x-goog-api-key']).toBe(GOOGLE_KEY);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.body).toEqual({ q: SEGMENTS, source: 'vi', target: 'zh-CN', format: 'html' });
    expect(out).toEqual(SEGMENTS.map((s) => fakeTranslate(s, 'zh-CN')));
    expect(out[0]).toBe('[zh-cn] Đoàn <g id="1">[zh-cn] Hội hữu nghị</g>[zh-cn]  thăm <x id="2"/>[zh-cn]  Viêng Chăn &amp; Luang Prabang');
  });

  it('maps every site language, and refuses none of them', async () => {
    const { f, engine } = await google();
    for (const target of ['en', 'fr', 'lo', 'zh', 'km']) {
      expect(engine.unsupported('vi', target)).toBeUndefined();
      await engine.translate(['Xin chào'], 'vi', target);
    }
    expect(f.requests.map((r) => r.body.target)).toEqual(['en', 'fr', 'lo', 'zh-CN', 'km']);
  });

  it('sends at most 128 strings a request, in order, telling progress after each', async () => {
    const { f, engine } = await google();
    const segments = many(300);
    const progress: number[] = [];
    const out = await engine.translate(segments, 'vi', 'en', (done) => progress.push(done));
    expect(f.requests.map((r) => r.body.q.length)).toEqual([128, 128, 44]);
    expect(f.requests.flatMap((r) => r.body.q)).toEqual(segments);
    expect(out).toEqual(segments.map((s) => fakeTranslate(s, 'en')));
    expect(progress).toEqual([128, 256, 300]);
  });

  it('keeps each request under 5,000 characters; a longer segment goes alone', async () => {
    const { f, engine } = await google();
    const long = 'Đoàn công tác thăm hữu nghị. '.repeat(44).slice(0, 1200);
    const huge = 'x'.repeat(6000);
    const segments = [...Array.from({ length: 10 }, (_, i) => `${i} ${long}`), huge, 'cuối'];
    const out = await engine.translate(segments, 'vi', 'fr');
    const sizes = f.requests.map((r) => (r.body.q as string[]).reduce((n, s) => n + s.length, 0));
    expect(f.requests.map((r) => r.body.q.length)).toEqual([4, 4, 2, 1, 1]);
    expect(sizes.filter((n) => n > 5000)).toEqual([6000]);
    expect(out).toEqual(segments.map((s) => fakeTranslate(s, 'fr')));
  });

  it('waits as Retry-After says after a 429, then goes on', async () => {
    // Backoff base 30 s: only honouring "Retry-After: 0" lets this finish in time.
    const { f, engine } = await google({ TRANSLATE_RETRY_BASE_MS: '30000' });
    f.failNext(429, 2, { 'retry-after': '0' });
    const started = Date.now();
    const out = await engine.translate(SEGMENTS, 'vi', 'en');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(f.requests).toHaveLength(3);
    expect(out).toEqual(SEGMENTS.map((s) => fakeTranslate(s, 'en')));
  });

  it('retries a 5xx, and gives up after 5 attempts with the status in the message', async () => {
    const { f, engine } = await google();
    f.failNext(503, 2);
    expect(await engine.translate(['Một'], 'vi', 'en')).toEqual(['[en] Một']);
    expect(f.requests).toHaveLength(3);
    f.failNext(500, 10);
    const error = await failure(engine.translate(['Hai'], 'vi', 'en'));
    expect(error.kind).toBe('http');
    expect(error.message).toMatch(/Google Cloud Translation failed \(HTTP 500\).*5 attempts/);
    expect(f.requests).toHaveLength(3 + 5);
  });

  it('stops with a timeout error when the service never answers', async () => {
    const { f, engine } = await google({ TRANSLATE_TIMEOUT_MS: '200' });
    f.hang(true);
    const error = await failure(engine.translate(['Một'], 'vi', 'en'));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`no answer from ${new URL(f.url).host} within 0.2 s`);
    expect(f.requests).toHaveLength(1);
  });

  it('reports a wrong key (Google answers 400 API_KEY_INVALID) as auth, naming the variable, never the key', async () => {
    const f = await fake(startFakeGoogle({ key: GOOGLE_KEY }));
    const wrong = 'AIzaSy-WRONG-key-000';
    const engine = createEngine('google', { ...FAST, GOOGLE_TRANSLATE_API_KEY: wrong, GOOGLE_TRANSLATE_ENDPOINT: f.url });
    const error = await failure(engine.translate(['Một'], 'vi', 'en'));
    expect(error.kind).toBe('auth');
    expect(error.message).toBe('Google Cloud Translation refused the key (HTTP 400): check GOOGLE_TRANSLATE_API_KEY');
    expect(error.message).not.toContain(wrong);
    expect(f.requests).toHaveLength(1);
  });

  it('reports a 403 quota reason as quota, without retrying', async () => {
    const { f, engine } = await google();
    f.failNext(
      403,
      1,
      {},
      {
        error: {
          code: 403,
          message: 'Daily Limit Exceeded',
          errors: [{ message: 'Daily Limit Exceeded', domain: 'usageLimits', reason: 'dailyLimitExceeded' }],
        },
      },
    );
    const error = await failure(engine.translate(['Một'], 'vi', 'en'));
    expect(error.kind).toBe('quota');
    expect(error.message).toContain('dailyLimitExceeded');
    expect(f.requests).toHaveLength(1);
  });

  it('quotes the service message of another 4xx, and refuses an answer that is not JSON', async () => {
    const { f, engine } = await google();
    f.failNext(400, 1, {}, { error: { code: 400, message: 'Invalid Value', errors: [{ reason: 'invalid' }] } });
    const bad = await failure(engine.translate(['Một'], 'vi', 'en'));
    expect([bad.kind, bad.message]).toEqual(['http', 'Google Cloud Translation refused the request (HTTP 400): Invalid Value']);
    f.failNext(200, 1, {}, '<html>proxy login</html>');
    const garbled = await failure(engine.translate(['Một'], 'vi', 'en'));
    expect(garbled.kind).toBe('response');
    expect(garbled.message).toContain('not JSON');
  });

  it('refuses an answer with a translation missing', async () => {
    const { f, engine } = await google();
    f.wrongLength();
    const error = await failure(engine.translate(SEGMENTS, 'vi', 'en'));
    expect([error.kind, error.message]).toEqual(['response', 'Google Cloud Translation sent 2 translations for 3 segments']);
  });
});

describe('DeepL API v2', () => {
  const deepl = async (env: Env = {}) => {
    const f = await fake(startFakeDeepl({ key: DEEPL_KEY }));
    return { f, engine: createEngine('deepl', { ...FAST, DEEPL_AUTH_KEY: DEEPL_KEY, DEEPL_ENDPOINT: f.url, ...env }) };
  };

  it('sends the documented request: DeepL-Auth-Key header, text, VI source, EN-GB / FR / ZH-HANS targets, tag_handling xml', async () => {
    const { f, engine } = await deepl();
    expect(engine).toMatchObject({ id: 'deepl', label: 'DeepL', memoryKey: 'deepl' });
    const out = await engine.translate(SEGMENTS, 'vi', 'en');
    await engine.translate(['Một'], 'vi', 'fr');
    await engine.translate(['Một'], 'vi', 'zh');
    const [r] = f.requests;
    expect([r.method, r.path]).toEqual(['POST', '/v2/translate']);
    expect(r.headers.authorization).toBe(`DeepL-Auth-Key ${DEEPL_KEY}`);
    expect(r.url).not.toContain(DEEPL_KEY);
    expect(r.body).toEqual({ text: SEGMENTS, source_lang: 'VI', target_lang: 'EN-GB', tag_handling: 'xml' });
    expect(f.requests.map((x) => x.body.target_lang)).toEqual(['EN-GB', 'FR', 'ZH-HANS']);
    expect(out).toEqual(SEGMENTS.map((s) => fakeTranslate(s, 'EN-GB')));
    expect(out[2]).toBe('<g id="1">[en-gb] Hà Nội</g>');
  });

  it('uses the Free host for a key ending in :fx, the Pro host otherwise, DEEPL_ENDPOINT over both', () => {
    expect(deeplEndpoint('abc:fx', {})).toBe(DEEPL_FREE_ENDPOINT);
    expect(deeplEndpoint('abc', {})).toBe(DEEPL_PRO_ENDPOINT);
    expect(DEEPL_FREE_ENDPOINT).toBe('https://api-free.deepl.com/v2/translate');
    expect(DEEPL_PRO_ENDPOINT).toBe('https://api.deepl.com/v2/translate');
    expect(deeplEndpoint('abc:fx', { DEEPL_ENDPOINT: 'http://127.0.0.1:9/v2/translate' })).toBe('http://127.0.0.1:9/v2/translate');
  });

  it('refuses Lao and Khmer before sending anything', async () => {
    const { f, engine } = await deepl();
    expect(engine.unsupported('vi', 'lo')).toBe('DeepL does not translate Lao; use --engine google or openai for lo');
    expect(engine.unsupported('vi', 'km')).toBe('DeepL does not translate Khmer; use --engine google or openai for km');
    for (const t of ['en', 'fr', 'zh']) expect(engine.unsupported('vi', t)).toBeUndefined();
    const error = await failure(engine.translate(['Một'], 'vi', 'lo'));
    expect(error.kind).toBe('config');
    expect(f.requests).toHaveLength(0);
  });

  it('sends at most 50 texts a request, in order', async () => {
    const { f, engine } = await deepl();
    const segments = many(120);
    const out = await engine.translate(segments, 'vi', 'fr');
    expect(f.requests.map((r) => r.body.text.length)).toEqual([50, 50, 20]);
    expect(out).toEqual(segments.map((s) => fakeTranslate(s, 'FR')));
  });

  it('keeps each request body under 128 KiB (bytes, not characters)', async () => {
    const { f, engine } = await deepl();
    // Vietnamese letters with two diacritics take 3 bytes in UTF-8.
    const segments = Array.from({ length: 40 }, (_, i) => `${i} ${'Những người bạn Việt – Lào. '.repeat(150)}`);
    const out = await engine.translate(segments, 'vi', 'en');
    expect(f.requests.length).toBeGreaterThan(1);
    for (const r of f.requests) expect(r.bytes).toBeLessThanOrEqual(128 * 1024);
    expect(f.requests.flatMap((r) => r.body.text)).toEqual(segments);
    expect(out).toEqual(segments.map((s) => fakeTranslate(s, 'EN-GB')));
  });

  it('reports 456 as quota, a wrong key as auth, and retries 429', async () => {
    const { f, engine } = await deepl();
    f.failNext(429, 1, { 'retry-after': '0' });
    expect(await engine.translate(['Một'], 'vi', 'en')).toEqual(['[en-gb] Một']);
    f.failNext(456);
    const quota = await failure(engine.translate(['Một'], 'vi', 'en'));
    expect(quota.kind).toBe('quota');
    expect(f.requests).toHaveLength(3);

    const wrong = 'wrong-deepl-key:fx';
    const bad = createEngine('deepl', { ...FAST, DEEPL_AUTH_KEY: wrong, DEEPL_ENDPOINT: f.url });
    const auth = await failure(bad.translate(['Một'], 'vi', 'en'));
    expect([auth.kind, auth.message]).toEqual(['auth', 'DeepL refused the key (HTTP 403): check DEEPL_AUTH_KEY']);
    expect(auth.message).not.toContain(wrong);
  });
});

describe('OpenAI-compatible chat completions', () => {
  const openai = async (options: { fence?: boolean } = {}, env: Env = {}) => {
    const f = await fake(startFakeOpenAI({ key: OPENAI_KEY, ...options }));
    return { f, engine: createEngine('openai', { ...FAST, OPENAI_API_KEY: OPENAI_KEY, OPENAI_MODEL: 'gpt-4o-mini', OPENAI_BASE_URL: `${f.url}/`, ...env }) };
  };

  it('sends the documented request: Bearer key, model, temperature 0, system prompt, segments as a JSON array', async () => {
    const { f, engine } = await openai();
    expect(engine).toMatchObject({ id: 'openai', label: 'OpenAI-compatible (gpt-4o-mini)', memoryKey: 'openai:gpt-4o-mini' });
    const out = await engine.translate(SEGMENTS, 'vi', 'zh');
    const [r] = f.requests;
    expect([r.method, r.path]).toEqual(['POST', '/v1/chat/completions']);
    expect(r.headers.authorization).toBe(`Bearer ${OPENAI_KEY}`);
    expect(r.body.model).toBe('gpt-4o-mini');
    expect(r.body.temperature).toBe(0);
    expect(r.body.messages).toEqual([
      { role: 'system', content: systemPrompt('vi', 'zh') },
      { role: 'user', content: JSON.stringify(SEGMENTS) },
    ]);
    expect(r.body.messages[0].content).toContain('from Vietnamese (vi) to Chinese (zh-Hans)');
    expect(r.body.messages[0].content).toMatch(/keep every tag exactly as written, with its id/);
    expect(r.body.messages[0].content).toMatch(/ONLY a JSON array of strings/);
    expect(out).toEqual(SEGMENTS.map((s) => fakeTranslate(s, 'zh-Hans')));
  });

  it('sends no Authorization header to a local server without a key', async () => {
    const f = await fake(startFakeOpenAI());
    const engine = createEngine('openai', { ...FAST, OPENAI_MODEL: 'qwen2.5:7b', OPENAI_BASE_URL: f.url });
    expect(await engine.translate(['Một'], 'vi', 'lo')).toEqual(['[lo] Một']);
    expect(f.requests[0].headers.authorization).toBeUndefined();
    expect(engine.memoryKey).toBe('openai:qwen2.5:7b');
  });

  it('accepts an answer in a ```json fence', async () => {
    const { engine } = await openai({ fence: true });
    expect(await engine.translate(SEGMENTS, 'vi', 'km')).toEqual(SEGMENTS.map((s) => fakeTranslate(s, 'km')));
    expect(parseArray('```\n["a"]\n```', 'm')).toEqual(['a']);
  });

  it('refuses an answer of the wrong length, or that is not an array', async () => {
    const { f, engine } = await openai();
    f.wrongLength();
    const short = await failure(engine.translate(SEGMENTS, 'vi', 'en'));
    expect(short.kind).toBe('response');
    expect(short.message).toMatch(/sent 2 translations for 3 segments$/);
    expect(() => parseArray('{"a": 1}', 'the model m')).toThrow(/not an array/);
    expect(() => parseArray('Sure! Here is', 'the model m')).toThrow(/did not answer with JSON/);
  });

  it('sends at most 20 segments and 4,000 characters a request', async () => {
    const { f, engine } = await openai();
    const segments = many(45);
    const out = await engine.translate(segments, 'vi', 'fr');
    expect(f.requests.map((r) => JSON.parse(r.body.messages[1].content).length)).toEqual([20, 20, 5]);
    expect(out).toEqual(segments.map((s) => fakeTranslate(s, 'fr')));
    f.requests.length = 0;
    const long = Array.from({ length: 6 }, (_, i) => `${i} ${'a'.repeat(1500)}`);
    await engine.translate(long, 'vi', 'fr');
    expect(f.requests.map((r) => JSON.parse(r.body.messages[1].content).length)).toEqual([2, 2, 2]);
  });

  it('does not retry insufficient_quota; hides the key the service echoes on a wrong key', async () => {
    const { f, engine } = await openai();
    f.failNext(
      429,
      1,
      {},
      {
        error: {
          message: 'You exceeded your current quota, please check your plan and billing details.',
          type: 'insufficient_quota',
          param: null,
          code: 'insufficient_quota',
        },
      },
    );
    const quota = await failure(engine.translate(['Một'], 'vi', 'en'));
    expect(quota.kind).toBe('quota');
    expect(f.requests).toHaveLength(1);

    const wrong = 'sk-wrong-key-abcdef';
    const bad = createEngine('openai', { ...FAST, OPENAI_API_KEY: wrong, OPENAI_MODEL: 'gpt-4o-mini', OPENAI_BASE_URL: f.url });
    const auth = await failure(bad.translate(['Một'], 'vi', 'en'));
    expect(auth.kind).toBe('auth');
    expect(auth.message).toContain('OPENAI_API_KEY');
    expect(auth.message).not.toContain('abcdef');
  });
});

describe('postJson', () => {
  it('reads Retry-After as seconds or an HTTP date, capped at 60 s', () => {
    const now = Date.parse('2026-05-01T10:00:00Z');
    expect(retryAfterMs('0', now)).toBe(0);
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Fri, 01 May 2026 10:00:12 GMT', now)).toBe(12_000);
    expect(retryAfterMs('Fri, 01 May 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('3600', now)).toBe(MAX_WAIT_MS);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });

  it('backs off exponentially with jitter, capped at 60 s', () => {
    expect([1, 2, 3].map((n) => backoffMs(n, 1000, () => 0))).toEqual([1000, 2000, 4000]);
    expect(backoffMs(2, 1000, () => 1)).toBe(3000);
    expect(backoffMs(20, 1000, () => 0.5)).toBe(MAX_WAIT_MS);
  });

  it('retries a refused connection, then says it could not reach the host', async () => {
    const f = await startFakeGoogle({ key: GOOGLE_KEY });
    const url = f.url;
    await f.close();
    const error = await failure(postJson(url, { body: {}, env: FAST, retries: 3 }));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/^could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\); gave up after 3 attempts$/);
  });

  it('cuts batches by count and size, keeping order', () => {
    expect(batches([1, 2, 3, 4, 5], 2, 100, () => 1)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([3, 3, 9, 1], 10, 6, (n) => n)).toEqual([[3, 3], [9], [1]]);
    expect(batches([], 2, 2, () => 1)).toEqual([]);
  });
});

describe('createEngine and configuredEngine', () => {
  it('picks the first engine whose variables are set: google, deepl, openai', () => {
    expect(configuredEngine({})).toBeUndefined();
    expect(configuredEngine({ GOOGLE_TRANSLATE_API_KEY: 'g', DEEPL_AUTH_KEY: 'd', OPENAI_MODEL: 'm', OPENAI_API_KEY: 'o' })).toBe('google');
    expect(configuredEngine({ GOOGLE_TRANSLATE_API_KEY: '  ', DEEPL_AUTH_KEY: 'd', OPENAI_MODEL: 'm', OPENAI_API_KEY: 'o' })).toBe('deepl');
    expect(configuredEngine({ OPENAI_MODEL: 'm', OPENAI_API_KEY: 'o' })).toBe('openai');
    expect(configuredEngine({ OPENAI_MODEL: 'm', OPENAI_BASE_URL: 'http://localhost:11434/v1' })).toBe('openai');
    expect(configuredEngine({ OPENAI_API_KEY: 'o' })).toBeUndefined();
    expect(configuredEngine({ OPENAI_MODEL: 'm' })).toBeUndefined();
  });

  it('refuses a missing key or model with a config error naming the variable to set', () => {
    const kindAndMessage = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(EngineError);
        return [(e as EngineError).kind, (e as EngineError).message];
      }
      throw new Error('no error');
    };
    expect(kindAndMessage(() => createEngine('google', {}))).toEqual(['config', 'Google Cloud Translation needs a key: set GOOGLE_TRANSLATE_API_KEY']);
    expect(kindAndMessage(() => createEngine('deepl', {}))).toEqual(['config', 'DeepL needs a key: set DEEPL_AUTH_KEY']);
    expect(kindAndMessage(() => createEngine('openai', { OPENAI_API_KEY: 'o' }))[1]).toMatch(/set OPENAI_MODEL/);
    expect(kindAndMessage(() => createEngine('openai', { OPENAI_MODEL: 'm' }))[1]).toMatch(/set OPENAI_API_KEY \(or OPENAI_BASE_URL/);
    expect(createEngine('openai', { OPENAI_MODEL: 'm', OPENAI_BASE_URL: 'http://localhost:11434/v1' }).id).toBe('openai');
    expect(kindAndMessage(() => createEngine('openai', { OPENAI_MODEL: 'm', OPENAI_BASE_URL: 'localhost:11434' }))[0]).toBe('config');
  });

  it('reports a malformed endpoint as a config error, not a crash', async () => {
    const engine = createEngine('google', { GOOGLE_TRANSLATE_API_KEY: 'k', GOOGLE_TRANSLATE_ENDPOINT: 'translation.googleapis.com' });
    const error = await failure(engine.translate(['Một'], 'vi', 'en'));
    expect([error.kind, error.message]).toEqual([
      'config',
      '"translation.googleapis.com" is not a valid http(s) address: check the endpoint or base URL variable',
    ]);
  });
});
