/**
 * The search page in the browser: reads `?q=` (and filters, sort) from the address, asks
 * Pagefind's index for this page's language, and shows the results. The query is folded
 * and segmented exactly as the indexed text was (src/lib/search/text.ts).
 *
 * Pagefind (its script, worker, WebAssembly and index) is not part of the page's first
 * paint: it loads when the reader first touches the form (focus, tap, typing), or, when
 * the address carries a query or filter, as soon as the page has painted. A reader who
 * only looks at the page downloads none of it.
 */
import { exactFirst, fromIndexed, hasMarks, toQuery } from '../../lib/search/text.ts';

interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindData> }[];
}
interface Pagefind {
  options: (options: object) => Promise<void>;
  /** Starts Pagefind's worker and loads its WebAssembly and the language's index metadata. */
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindResponse | null>;
}

const BUNDLE = '/pagefind/';
const PAGE_SIZE = 10;
/** How many of the best results are checked for the reader's exact marks (shown anyway). */
const EXACT_CHECK = PAGE_SIZE;
const FILTERS = ['province', 'tag', 'year'] as const;

/** Whether Pagefind has an index for this language (it would fall back to another's). */
async function hasIndex(lang: string): Promise<boolean> {
  const response = await fetch(`${BUNDLE}pagefind-entry.json`);
  if (!response.ok) throw new Error(`search index entry: HTTP ${response.status}`);
  const entry = (await response.json()) as { languages: Record<string, unknown> };
  return lang.toLowerCase() in entry.languages;
}

/** Pagefind, ready to search this language's index; null when the language has none. */
async function loadPagefind(lang: string, segmented: boolean): Promise<Pagefind | null> {
  const url = `${BUNDLE}pagefind.js`;
  // The entry file and the script load side by side.
  const [indexed, pagefind] = await Promise.all([hasIndex(lang), import(/* @vite-ignore */ url) as Promise<Pagefind>]);
  if (!indexed) return null;
  await pagefind.options({
    excerptLength: segmented ? 40 : 24,
    // Pages that have the reader's tone marks rank well above those that only fold to them.
    ranking: { diacriticSimilarity: 3 },
  });
  await pagefind.init();
  return pagefind;
}

/** Run `fn` once the page has painted (the frame after the next one has started). */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** An excerpt's HTML from the index, reduced to text and <mark>, as it was written. */
function excerptNodes(html: string, segmented: boolean): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html; // inert: nothing in a template runs or loads
  return [...template.content.childNodes].map((node) => {
    const text = fromIndexed(node.textContent ?? '', segmented);
    if (node.nodeName !== 'MARK') return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

function resultItem(data: PagefindData, segmented: boolean): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'article-item';
  const h2 = document.createElement('h2');
  h2.className = 'article-item-title';
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = fromIndexed(data.meta.title ?? data.url, segmented);
  h2.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [data.meta.date, data.meta.province].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'summary';
  excerpt.append(...excerptNodes(data.excerpt, segmented));
  li.append(h2, meta, excerpt);
  return li;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const browse = document.querySelector<HTMLElement>('[data-search-browse]');
  if (!form || !status || !list || !more) return;
  const lang = form.dataset.lang ?? 'vi';
  const segmented = form.dataset.segmented === 'true';
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Record<string, string>;
  const plural = new Intl.PluralRules(form.dataset.intl);
  const say = (key: string, vars: Record<string, string | number> = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const sort = form.elements.namedItem('sort') as HTMLSelectElement;
  const selects = Object.fromEntries(FILTERS.map((f) => [f, form.elements.namedItem(f) as HTMLSelectElement]));

  // Start from the address: the header's search box sends ?q=…
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') === 'date' ? 'date' : '';

  let loading: Promise<Pagefind | null> | undefined;
  /** Pagefind, loaded once, on first need. */
  function pagefindReady(): Promise<Pagefind | null> {
    loading ??= loadPagefind(lang, segmented).catch((error: unknown) => {
      loading = undefined; // the next search tries again
      throw error;
    });
    return loading;
  }
  /** Search cannot run (Pagefind failed to load): say so, and offer the links again. */
  function unavailable(error: unknown): void {
    status!.textContent = say('search_unavailable');
    list!.ariaBusy = 'false';
    if (browse) browse.hidden = false;
    console.error(error);
  }

  let run = 0;
  let remaining: PagefindResponse['results'] = [];

  async function showMore(id: number): Promise<void> {
    const next = remaining.slice(0, PAGE_SIZE);
    remaining = remaining.slice(PAGE_SIZE);
    const items = await Promise.all(next.map((r) => r.data()));
    if (id !== run) return;
    list!.append(...items.map((data) => resultItem(data, segmented)));
    more!.hidden = remaining.length === 0;
  }

  async function search(): Promise<void> {
    const id = ++run;
    const raw = input.value.trim();
    const term = toQuery(raw, lang, segmented);
    const filters = Object.fromEntries(FILTERS.filter((f) => selects[f].value).map((f) => [f, selects[f].value]));
    const address = new URLSearchParams();
    if (raw) address.set('q', raw);
    for (const [f, v] of Object.entries(filters)) address.set(f, v);
    if (sort.value) address.set('sort', sort.value);
    history.replaceState(null, '', `${location.pathname}${address.size ? `?${address}` : ''}`);
    list!.replaceChildren();
    more!.hidden = true;
    remaining = [];
    const searching = Boolean(term) || Object.keys(filters).length > 0;
    // The links to browse stand where the results go.
    if (browse) browse.hidden = searching;
    if (!searching) {
      status!.textContent = '';
      list!.ariaBusy = 'false';
      return;
    }
    list!.ariaBusy = 'true';
    status!.textContent = say('search_searching');
    let response: PagefindResponse | null;
    try {
      const pagefind = await pagefindReady();
      if (id !== run) return;
      response = pagefind ? await pagefind.search(term || null, { filters, sort: sort.value ? { date: 'desc' } : {} }) : { results: [] };
    } catch (error) {
      if (id === run) unavailable(error);
      return;
    }
    if (id !== run || !response) return;
    remaining = response.results;
    if (!segmented && hasMarks(raw)) {
      // Pages with the marks as typed first (see exactFirst); their text is loaded anyway.
      const top = await Promise.all(remaining.slice(0, EXACT_CHECK).map(async (r) => ({ ...r, loaded: await r.data() })));
      if (id !== run) return;
      const ranked = exactFirst(top, raw, (r) => fromIndexed(`${r.loaded.meta.title ?? ''} ${r.loaded.content}`, false));
      remaining = [...ranked.map((r) => ({ id: r.id, data: async () => r.loaded })), ...remaining.slice(EXACT_CHECK)];
    }
    const n = remaining.length;
    status!.textContent =
      n === 0 ? say('search_no_results', { query: raw }) : say(`search_results_${plural.select(n) === 'one' ? 'one' : 'other'}`, { n, query: raw });
    await showMore(id);
    if (id === run) list!.ariaBusy = 'false';
  }

  let filled: Promise<void> | undefined;
  /** Fill the filter lists from the index, once (it loads the index's filter files). */
  function fillFilters(): Promise<void> {
    filled ??= (async () => {
      const pagefind = await pagefindReady();
      const available = pagefind ? await pagefind.filters() : {};
      const order = new Intl.Collator(form!.dataset.intl);
      for (const f of FILTERS) {
        const values = Object.keys(available[f] ?? {}).sort((a, b) => (f === 'year' ? b.localeCompare(a) : order.compare(a, b)));
        const wanted = params.get(f) ?? '';
        selects[f].append(...values.map((v) => new Option(v, v, false, v === wanted)));
        selects[f].closest('label')!.hidden = values.length === 0;
      }
    })();
    return filled;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void search();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  more.addEventListener('click', () => void showMore(run));
  const filterDetails = form.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  let painted = false;
  filterDetails.addEventListener('toggle', () => void (painted && filterDetails.open && fillFilters().catch(unavailable)));

  // The reader is about to search: load Pagefind while they type.
  const warm = () => void pagefindReady().catch(() => {}); // a failure is reported by the search
  for (const type of ['focusin', 'pointerdown', 'input'] as const) form.addEventListener(type, warm, { once: true, passive: true });
  form.dataset.ready = 'true';

  const filtered = FILTERS.some((f) => params.get(f));
  if (!input.value.trim() && !filtered) {
    painted = true; // the reader opens the filters after the page has painted
    list.ariaBusy = 'false';
    return;
  }
  // Arrived with a query (the header's search box) or a shared address: say so at once,
  // search once the page has painted.
  if (browse) browse.hidden = true;
  status.textContent = say('search_searching');
  if (filtered) filterDetails.open = true;
  afterPaint(() => {
    painted = true;
    void (async () => {
      try {
        if (filtered) await fillFilters();
      } catch (error) {
        unavailable(error);
        return;
      }
      await search();
    })();
  });
}
