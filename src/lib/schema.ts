import { z } from 'astro/zod';
import { parseContentDate } from './dates.ts';

const contentDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const date = parseContentDate(value);
  if (!date) {
    ctx.addIssue({ code: 'custom', message: 'not a real date: write YYYY-MM-DD or an ISO date-time' });
    return z.NEVER;
  }
  return date;
});

/** One name or a list of names, always given to templates as a list. */
const names = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

/**
 * Front-matter of an article file (README.md, "Content reference"). Fields a translation inherits from
 * its source are optional here; `npm run check` enforces them on the source.
 * Takes Astro's `image()` helper so that cover images go through the image service.
 */
export const articleSchema = <Image extends z.ZodType>({ image }: { image: () => Image }) =>
  z.strictObject({
    /** Headline in this file's language. */
    title: z.string().min(1),
    /** Publication date; no offset means the site's time zone. */
    date: contentDate.optional(),
    /** A code from provinces.yaml. */
    province: z.string().min(1).optional(),
    /** Byline: a name or a list of names. */
    author: names.optional(),
    /** Tags written in the source language. */
    tags: z.array(z.string().min(1)).optional(),
    /** One or two sentences; otherwise derived from the body. */
    summary: z.string().optional(),
    /** Cover image beside the file. */
    image: image().optional(),
    /** Alt text of the cover image (required with an image). */
    image_alt: z.string().optional(),
    /** Date of a substantive update. */
    updated: contentDate.optional(),
    /** true keeps the file out of the build (shown in dev). */
    draft: z.boolean().optional(),
    /** How this translation was made; machine translations carry a notice. */
    translation: z.enum(['human', 'machine']).optional(),
    /** Who translated this file. */
    translator: names.optional(),
    /** Version of the source this translation was made from (written by the tools). */
    source_version: z.string().optional(),
    /**
     * Digest of the text `npm run translate` wrote (machine translations only): when the
     * file no longer matches it, an editor has changed it, and it is never overwritten.
     */
    machine_digest: z.string().optional(),
    /** Stable id of the article (written by the tools; survives renaming the folder). */
    id: z.string().optional(),
    /**
     * Folder names the article had before it was renamed, oldest first: each old address
     * keeps a redirect page, in every language. An article without `id` keeps the first as
     * its feed guid.
     */
    aliases: z.array(z.string().min(1)).optional(),
    /** Version hash of this file's text (added by the loader). */
    _version: z.string().optional(),
    /** The start of the body's text (added by the loader in a build; site/summary.ts). */
    _summary: z.string().optional(),
  });
