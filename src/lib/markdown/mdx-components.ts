/**
 * Names of the components MDX articles may use (src/components/mdx/index.ts provides
 * them). Read where the components themselves cannot be imported: the Markdown pipeline
 * in astro.config.mjs and `npm run check`. A unit test keeps the two lists equal.
 */
export const MDX_COMPONENTS = ['Figure', 'Gallery', 'PullQuote', 'Video'];
