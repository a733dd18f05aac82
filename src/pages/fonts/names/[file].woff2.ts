import path from 'node:path';
import type { APIRoute } from 'astro';
import { languageNameFonts } from '../../../site/language-name-font.ts';

/** /fonts/names/<code>.woff2: each language's name, and only its name, in a font of its script. */
export function getStaticPaths() {
  return languageNameFonts().map((f) => ({
    params: { file: path.posix.basename(f.url, '.woff2') },
    props: { url: f.url },
  }));
}

export const GET: APIRoute = async ({ props }) => {
  const font = languageNameFonts().find((f) => f.url === props.url)!;
  return new Response(new Uint8Array(await font.bytes), { headers: { 'Content-Type': 'font/woff2' } });
};
