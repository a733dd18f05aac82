import Figure from './Figure.astro';
import Gallery from './Gallery.astro';
import PullQuote from './PullQuote.astro';
import Video from './Video.astro';

/** The components MDX articles may use without importing them. */
export const mdxComponents = { Figure, Gallery, PullQuote, Video };
