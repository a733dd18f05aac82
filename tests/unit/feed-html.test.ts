import { describe, expect, it } from 'vitest';
import { absoluteSrcset, feedHtml } from '../../src/lib/feed/html.ts';

const PAGE = 'https://s.org/vi/articles/a/';
const HOSTS = ['www.youtube-nocookie.com'];

describe('feedHtml', () => {
  it('makes links, images and srcsets absolute against the article page', () => {
    expect(feedHtml('<p><a href="/vi/x/">x</a> <img src="../img.jpg" srcset="a.webp 400w, /b.webp 800w" alt=""></p>', PAGE, HOSTS)).toBe(
      '<p><a href="https://s.org/vi/x/">x</a> <img src="https://s.org/vi/articles/img.jpg" srcset="https://s.org/vi/articles/a/a.webp 400w, https://s.org/b.webp 800w" alt=""></p>',
    );
  });

  it('keeps absolute links, fragments and mailto as they are', () => {
    expect(feedHtml('<a href="https://e.org/p?q=1&amp;r=2">e</a><a href="#n">n</a><a href="mailto:a@b.org">m</a>', PAGE, HOSTS)).toBe(
      '<a href="https://e.org/p?q=1&#x26;r=2">e</a><a href="https://s.org/vi/articles/a/#n">n</a><a href="mailto:a@b.org">m</a>',
    );
  });

  it('drops scripts and styles with their content, event handlers and javascript: URLs in every spelling', () => {
    const out = feedHtml(
      [
        '<script>x()</script><style>p{}</style><p onclick="y()" onmouseover="y()">t</p>',
        '<a href="javascript:z()">1</a><a href="JaVaScRiPt:z()">2</a><a href="&#106;avascript:z()">3</a><a href=" javascript:z()">4</a>',
        '<img src="javascript:z()" alt="i"><img src="data:image/svg+xml,<svg onload=z()>" alt="d">',
        '<svg><script>z()</script></svg><form action="javascript:z()"><button formaction="javascript:z()">b</button></form>',
      ].join(''),
      PAGE,
      HOSTS,
    );
    expect(out).toBe('<p>t</p><a>1</a><a>2</a><a>3</a><a>4</a><img alt="i"><img alt="d">b');
  });

  it('replaces an allowed video embed by a link to it and drops any other iframe', () => {
    expect(
      feedHtml('<iframe src="https://www.youtube-nocookie.com/embed/x" title="Film"></iframe><iframe src="https://evil.example/"></iframe>', PAGE, HOSTS),
    ).toBe('<p><a href="https://www.youtube-nocookie.com/embed/x">Film</a></p>');
  });

  it('removes characters XML forbids and keeps lang, figures and ids', () => {
    expect(feedHtml('<figure><p lang="fr" id="x">a\u0008b</p><figcaption>c</figcaption></figure>', PAGE, HOSTS)).toBe(
      '<figure><p lang="fr" id="x">ab</p><figcaption>c</figcaption></figure>',
    );
  });
});

describe('absoluteSrcset', () => {
  it('resolves each candidate and keeps its descriptor', () => {
    expect(absoluteSrcset('a.webp 1x,  /b.webp   2x', 'https://s.org/x/')).toBe('https://s.org/x/a.webp 1x, https://s.org/b.webp 2x');
  });
});
