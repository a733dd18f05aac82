import type { APIRoute } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fontFiles } from '../../../site/fonts.ts';

/** The woff2 files of the self-hosted fonts, copied from their @fontsource packages. */
export function getStaticPaths() {
  return fontFiles().map(({ name, file }) => ({ params: { name: path.posix.basename(name, '.woff2') }, props: { file } }));
}

export const GET: APIRoute = ({ props }) => new Response(fs.readFileSync(props.file as string), { headers: { 'Content-Type': 'font/woff2' } });
