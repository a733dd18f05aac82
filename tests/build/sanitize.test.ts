import { describe, expect, it } from 'vitest';
import { page, readBuilt } from '../helpers/fixture-site.ts';
import { allowedEmbed } from '../../src/lib/markdown/rehype-safe-html.ts';

describe('raw HTML in Markdown', () => {
  const html = () => page('/vi/articles/hue-nhung-ma-nhung/')('.prose').html()!;

  it('never lets scripts, event handlers or javascript: URLs reach the page', () => {
    expect(html()).not.toMatch(/<script/i);
    expect(html()).not.toMatch(/\son\w+=/i);
    expect(html()).not.toMatch(/javascript:/i);
    expect(html()).not.toMatch(/style=/i);
    expect(readBuilt('/vi/articles/hue-nhung-ma-nhung/')).not.toContain("alert('x')");
  });

  it('keeps harmless markup, text and lang attributes', () => {
    const $ = page('/vi/articles/hue-nhung-ma-nhung/');
    expect($('.prose span[lang=fr]').text()).toBe('l’Association d’amitié');
    expect($('.prose').text()).toContain('Nội dung an toàn.');
    expect(
      $('.prose a')
        .filter((_, a) => $(a).text() === 'liên kết xấu')
        .attr('href'),
    ).toBeUndefined();
  });

  it('keeps iframes only from the allowed video hosts, lazy-loaded', () => {
    const $ = page('/vi/articles/hue-nhung-ma-nhung/');
    const frames = $('.prose iframe');
    expect(frames.length).toBe(1);
    expect(frames.attr('src')).toBe('https://www.youtube-nocookie.com/embed/abc123');
    expect(frames.attr('loading')).toBe('lazy');
    expect(allowedEmbed('http://www.youtube.com/embed/x', ['www.youtube.com'])).toBe(false);
    expect(allowedEmbed('https://player.vimeo.com/video/1', ['player.vimeo.com'])).toBe(true);
  });

  it('gives external links rel="noopener"', () => {
    const $ = page('/vi/articles/hue-nhung-ma-nhung/');
    expect($('.prose a[href="https://example.org/phim"]').attr('rel')).toContain('noopener');
    expect($('.prose a[href="https://example.org/phim"]').attr('onclick')).toBeUndefined();
    expect(page('/vi/articles/hue-toa-dam/')('.prose a[href^="https://"]').attr('rel')).toContain('noopener');
  });

  it('gives MDX articles the same treatment: no script, handler, javascript: URL, foreign embed or set:html', () => {
    const built = readBuilt('/vi/articles/quang-nam-mdx-nhung-ma/');
    const $ = page('/vi/articles/quang-nam-mdx-nhung-ma/');
    const prose = $('.prose').html()!;
    expect(built).not.toMatch(/alert\(|steal\(|onerror|evil\.example/);
    expect(prose).not.toMatch(/<script|\son\w+=|javascript:/i);
    expect($('.prose b').text()).toBe('chữ đậm');
    expect(
      $('.prose a')
        .filter((_, a) => $(a).text() === 'liên kết xấu')
        .attr('href'),
    ).toBeUndefined();
    expect(
      $('.prose iframe')
        .map((_, f) => $(f).attr('src'))
        .get(),
    ).toEqual(['https://player.vimeo.com/video/76979871']);
    expect($('.prose .pull-quote blockquote').text()).toBe('Hữu nghị bền lâu.');
    expect($('.prose a[href="https://example.org/mdx"]').attr('rel')).toContain('noopener');
  });
});
