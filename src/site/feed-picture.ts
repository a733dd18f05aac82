import { createHash } from 'node:crypto';
import fs from 'node:fs';
import sharp from 'sharp';

/**
 * The picture aggregators get with a feed item: the cover as a JPEG about 1200 px wide
 * (never the editor's original, which can weigh megabytes), under /feed-pictures/. The
 * feed needs its size in bytes and the picture route its bytes: both come from here,
 * made once per build.
 */

/** Widest picture sent to aggregators: what their cards and previews show. */
export const FEED_PICTURE_WIDTH = 1200;

export interface FeedPicture {
  /** /feed-pictures/<digest of the original>.jpg */
  path: string;
  bytes: Buffer;
}

const made = new Map<string, Promise<FeedPicture>>();

/** Where the feed picture of these original bytes is served: a new picture is a new address. */
const pathOf = (original: Buffer) => `/feed-pictures/${createHash('sha256').update(original).digest('base64url').slice(0, 16)}.jpg`;

/** Where a cover's feed picture is served. */
export function feedPicturePath(file: string): string {
  return pathOf(fs.readFileSync(file));
}

/** The feed picture of a cover (by its file on disk). */
export function feedPicture(file: string): Promise<FeedPicture> {
  let picture = made.get(file);
  if (!picture) {
    picture = (async () => {
      const original = fs.readFileSync(file);
      const bytes = await sharp(original, { animated: false })
        .rotate()
        .resize({ width: FEED_PICTURE_WIDTH, withoutEnlargement: true })
        // Transparent PNG or WebP covers get the page's white behind them.
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 78, mozjpeg: true })
        .toBuffer();
      return { path: pathOf(original), bytes };
    })();
    made.set(file, picture);
  }
  return picture;
}
