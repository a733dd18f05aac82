import type { APIRoute } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { loadSite } from '../../site/content.ts';
import { feedCoverFiles } from '../../site/feed.ts';
import { feedPicture, feedPicturePath } from '../../site/feed-picture.ts';
import { cacheKey } from '../../lib/cache-key.ts';

/** /feed-pictures/<digest>.jpg: the covers of the articles in the feeds, sized for aggregators. */
export async function getStaticPaths() {
  const { articles } = await loadSite();
  return feedCoverFiles(articles).map((file) => {
    const stat = fs.statSync(file);
    return {
      params: { name: path.posix.basename(feedPicturePath(file), '.jpg') },
      props: { file },
      cacheKey: cacheKey([file, stat.size, stat.mtimeMs]),
    };
  });
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array((await feedPicture(props.file as string)).bytes), { headers: { 'Content-Type': 'image/jpeg' } });
