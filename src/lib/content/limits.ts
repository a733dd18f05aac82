import limits from '../../data/content-limits.json' with { type: 'json' };

/**
 * How big an editor's input may be (src/data/content-limits.json): bounds that keep every
 * command fast and every file name short, far above what a real bulletin needs
 * (500–900 words is about 6 KB). README.md lists them for editors.
 */
export const LIMITS: Readonly<typeof limits> = limits;
