import { rehypeNfc } from './rehype-nfc.ts';

/** The rehype plugins every article goes through, in order. */
export const rehypePlugins = [rehypeNfc];
