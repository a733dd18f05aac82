import type { APIRoute } from 'astro';
import { LANGUAGES } from '../../lib/languages.ts';
import { fontCss } from '../../site/fonts.ts';

/** /fonts/lo.css: the web font of a language whose script phones may lack. */
export function getStaticPaths() {
  return LANGUAGES.filter((l) => l.font).map((l) => ({ params: { locale: l.code } }));
}

export const GET: APIRoute = ({ params }) => new Response(fontCss(params.locale!), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
