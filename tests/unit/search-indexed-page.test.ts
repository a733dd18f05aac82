import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { indexedPage } from '../../src/lib/search/indexed-page.ts';
import { fromIndexed } from '../../src/lib/search/text.ts';

const article = (lang: string, body: string, marked = true) => `<!doctype html><html lang="${lang}"><body>
<nav>Đà Nẵng</nav><article><h1 ${marked ? 'data-pagefind-body' : ''}>${body}</h1>
<div ${marked ? 'data-pagefind-body' : ''}><p>${body} <strong>${body}</strong></p></div>
<div hidden><span data-pagefind-meta="title">${body}</span><span data-pagefind-filter="province">Đà Nẵng</span></div></article></body></html>`;

describe('the page given to the search index', () => {
  it('is nothing for a page with no part marked for search (a fallback page)', () => {
    expect(indexedPage(article('en', 'Đối ngoại', false), 'en')).toBeNull();
    expect(indexedPage('<html><body><p>data-pagefind-body</p></body></html>', 'vi')).toBeNull();
  });

  it('folds đ in the marked parts and the title only; filters stay as written', () => {
    const $ = load(indexedPage(article('vi', 'Đối ngoại'), 'vi')!);
    expect($('h1').text()).toBe('D\u0345ối ngoại');
    expect($('[data-pagefind-meta=title]').text()).toBe('D\u0345ối ngoại');
    expect($('nav')).toHaveLength(0); // what is not searched is not sent
    expect($('[data-pagefind-filter=province]').text()).toBe('Đà Nẵng');
  });

  it('keeps the page language, the marked parts and the metadata, and nothing else', () => {
    const $ = load(indexedPage(article('lo', 'ລາວ'), 'lo')!);
    expect($('html').attr('lang')).toBe('lo');
    expect($('[data-pagefind-body]')).toHaveLength(2);
    expect($('[data-pagefind-filter=province]').text()).toBe('Đà Nẵng');
    expect($('article, nav')).toHaveLength(0);
  });

  it('cuts Lao into words, inline elements included, and reads back as written', () => {
    const $ = load(indexedPage(article('lo', 'ນັກຮຽນລາວ ແລະ'), 'lo')!);
    expect($('h1').text().trim()).toBe('ນັກຮຽນ ລາວ \u2060 ແລະ');
    expect($('strong').text().trim()).toBe('ນັກຮຽນ ລາວ \u2060 ແລະ');
    expect(fromIndexed($('p').text(), true)).toBe('ນັກຮຽນລາວ ແລະ ນັກຮຽນລາວ ແລະ');
  });
});
