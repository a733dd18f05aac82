const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of an HTML fragment: tags dropped, common entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    // Block boundaries separate words; inline tags do not ("<b>Huế</b>, 2025" → "Huế, 2025").
    .replace(/<\/?(p|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|tr|td|th|section|article|aside|br|hr)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A summary cut at a word (or, for scripts without spaces, a grapheme) boundary:
 * excerpt('Một hai ba bốn', 8) → 'Một hai…'.
 */
export function excerpt(text: string, max = 180): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const head = space > max * 0.6 ? cut.slice(0, space) : [...new Intl.Segmenter().segment(cut)].slice(0, -1).map((s) => s.segment).join('');
  return head.replace(/[\s,.;:–-]+$/u, '') + '…';
}
