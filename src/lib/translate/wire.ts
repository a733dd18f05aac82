/**
 * The form in which a segment of text travels to a translation engine and back: XML-escaped
 * text in which inline markup is a tag the engine must keep, `<g id="1">…</g>` around text
 * (bold, a link's text) and `<x id="2"/>` for what is not text (inline code, a glossary term).
 * Engines translate XML/HTML with tags kept, so this is the one format all of them respect.
 */

/** 'A & <b>' → 'A &amp; &lt;b&gt;' */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** 'A &amp; &#39;b&#39;' → "A & 'b'"; an unknown entity stays as written. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITY[name.toLowerCase()] ?? whole;
  });
}

/** A segment as it came back: text, and the tags in the places the engine put them. */
export type WireNode = { type: 'text'; value: string } | { type: 'g'; id: number; children: WireNode[] } | { type: 'x'; id: number };

/** Why a translation came back broken: a tag lost, doubled, invented or not closed. */
export class WireError extends Error {}

const TAG = /<g\s+id\s*=\s*["']?(\d+)["']?\s*>|<\/g\s*>|<x\s+id\s*=\s*["']?(\d+)["']?\s*\/?>(?:<\/x\s*>)?/gi;

/**
 * Read a translated segment into text and tags, checking that it has exactly the tags of
 * `expected` (ids of g and x tags sent): parseWire('[en] <g id="1">Hue</g>', { g: [1], x: [] })
 * → [{ type: 'text', value: '[en] ' }, { type: 'g', id: 1, children: [{ type: 'text', value: 'Hue' }] }].
 */
export function parseWire(wire: string, expected: { g: number[]; x: number[] }): WireNode[] {
  const root: WireNode[] = [];
  const stack: { id: number; children: WireNode[] }[] = [];
  const seen = { g: new Set<number>(), x: new Set<number>() };
  const here = () => stack.at(-1)?.children ?? root;
  let last = 0;
  const text = (end: number) => {
    if (end > last) here().push({ type: 'text', value: unescapeXml(wire.slice(last, end)) });
  };
  for (const m of wire.matchAll(TAG)) {
    text(m.index);
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const id = Number(m[1]);
      if (seen.g.has(id) || !expected.g.includes(id))
        throw new WireError(`the tag <g id="${id}"> came back ${seen.g.has(id) ? 'twice' : 'though it was not sent'}`);
      seen.g.add(id);
      const node: WireNode = { type: 'g', id, children: [] };
      here().push(node);
      stack.push(node);
    } else if (m[2] !== undefined) {
      const id = Number(m[2]);
      if (seen.x.has(id) || !expected.x.includes(id))
        throw new WireError(`the tag <x id="${id}"/> came back ${seen.x.has(id) ? 'twice' : 'though it was not sent'}`);
      seen.x.add(id);
      here().push({ type: 'x', id });
    } else if (!stack.pop()) throw new WireError('a closing </g> came back without its opening tag');
  }
  text(wire.length);
  if (stack.length) throw new WireError(`the tag <g id="${stack.at(-1)!.id}"> came back without its closing </g>`);
  const lost = [
    ...expected.g.filter((id) => !seen.g.has(id)).map((id) => `<g id="${id}">`),
    ...expected.x.filter((id) => !seen.x.has(id)).map((id) => `<x id="${id}"/>`),
  ];
  if (lost.length) throw new WireError(`the tag${lost.length > 1 ? 's' : ''} ${lost.join(', ')} did not come back`);
  return root;
}
