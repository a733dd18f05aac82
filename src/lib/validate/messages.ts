import { imagePathFix } from '../content/image-path.ts';

/**
 * Every message `npm run check` gives, in one place: what is wrong and what to do.
 * Tests pin the wording of the important ones.
 */
export const MESSAGES = {
  notUtf8: { message: 'the file is not valid UTF-8 text', fix: 'save it as UTF-8 in your editor (File → Save with encoding → UTF-8)' },
  yaml: (detail: string) => ({
    message: `the front-matter is not valid YAML (${detail})`,
    fix: 'check quotes, colons and indentation on this line; put a title that contains ": " in quotes',
  }),
  frontMatterFence: (first: string) => ({
    message: `the front-matter must start with a line of exactly --- (found "${first}")`,
    fix: 'write the fields in YAML between two --- lines; other front-matter languages (---js, ---json) are not accepted',
  }),
  frontMatterUnclosed: { message: 'the front-matter has no closing --- line', fix: 'end the fields with a line of exactly ---' },
  yamlTag: (detail: string) => ({
    message: `the front-matter uses a YAML tag (${detail})`,
    fix: 'remove the !!tag: front-matter holds plain text, numbers, lists and true/false only',
  }),
  frontMatterShape: { message: 'the front-matter is not a list of fields', fix: 'write one field per line, like title: "…"' },
  unsafeCharacter: (code: string) => ({
    message: `the file contains an invisible control character (${code})`,
    fix: 'delete it (it often comes with text pasted from another program); control characters and text-direction overrides are never published',
  }),
  tooLarge: (what: string, size: number, limit: number) => ({
    message: `${what} is too large (${Math.ceil(size / 1024)} KB; at most ${Math.floor(limit / 1024)} KB)`,
    fix: 'split it, or make it smaller (pictures: export at most 2400 px wide)',
  }),
  tooLong: (field: string, length: number, limit: number) => ({
    message: `"${field}" is too long (${length} characters; at most ${limit})`,
    fix: `shorten ${field}`,
  }),
  tooMany: (field: string, count: number, limit: number) => ({
    message: `"${field}" has too many entries (${count}; at most ${limit})`,
    fix: `keep the ${limit} that matter most`,
  }),
  symlink: {
    message: 'this is a symbolic link',
    fix: 'replace the link with the real file or folder: content is read only from inside the content folder, and links are never followed',
  },
  notPublished: (name: string) => ({
    message: `"${name}" is not an article file and is not published`,
    fix: 'name article files <language>.md or <language>.mdx (e.g. en.md); remove backups and other files from the article folder',
  }),
  wrongCaseExtension: (name: string, fixed: string) => ({ message: `"${name}" is not read: the extension must be lower-case`, fix: `rename it to ${fixed}` }),
  skippedFolder: (name: string) => ({
    message: `"${name}" starts with _ and is never published (nor checked)`,
    fix: 'rename it without the _ to publish what is in it; keep notes and templates there only',
  }),
  notRegularFile: { message: 'this is not a regular file', fix: 'remove it from the content folder' },
  imagePath: (src: string, reason: string) => ({ message: `the image "${src.slice(0, 80)}" cannot be used: ${reason}`, fix: imagePathFix(reason) }),
  duplicateId: (other: string) => ({
    message: `another article has the same id (${other})`,
    fix: 'an id belongs to one article only: remove the id line from the article that copied it (npm run new writes a new one)',
  }),
  badId: (id: string) => ({
    message: `the id "${id.slice(0, 40)}" is not an article id`,
    fix: 'ids are written by npm run new (like 20250912-aaaqeaye); remove the line or restore the one it wrote',
  }),
  translationTags: {
    message: 'a translation cannot set its own tags',
    fix: 'remove the tags line: the article’s tags come from the source (vi.md), and their names in this language from content/tags.yaml',
  },
  emptyTagSlug: (tag: string) => ({
    message: `the tag "${tag}" has no letters or digits to make its address from`,
    fix: 'use a word as the tag (write it in the source language)',
  }),
  noFrontMatter: { message: 'the file has no front-matter', fix: 'start the file with a --- line, the fields, and another --- line' },
  unknownLocale: (name: string, locales: string[]) => ({
    message: `"${name}" is not a configured language`,
    fix: `name the file after one of: ${locales.join(', ')} (e.g. en.md)`,
  }),
  badSlug: (slug: string, suggestion: string) => ({
    message: `the folder name "${slug}" is not a valid slug`,
    fix: `rename the folder to "${suggestion}" (lower-case ASCII letters, digits and hyphens)`,
  }),
  unknownField: (field: string, suggestion?: string) => ({
    message: `unknown field "${field}"`,
    fix: suggestion ? `did you mean "${suggestion}"?` : 'remove it, or see the content reference in README.md',
  }),
  missing: (field: string, example: string) => ({ message: `the required field "${field}" is missing`, fix: `add a line like: ${field}: ${example}` }),
  missingInSource: (field: string, example: string) => ({
    message: `the source article needs "${field}" (translations inherit it)`,
    fix: `add a line like: ${field}: ${example}`,
  }),
  wrongType: (field: string, expected: string) => ({ message: `"${field}" must be ${expected}`, fix: `write ${field} as ${expected}` }),
  badDate: (field: string, value: string) => ({
    message: `"${value}" is not a real date`,
    fix: `write ${field} as YYYY-MM-DD (e.g. 2025-09-12) or an ISO date-time (2025-09-12T08:30)`,
  }),
  unknownProvince: (code: string, suggestions: string[]) => ({
    message: `the province "${code}" is not in provinces.yaml`,
    fix: suggestions.length
      ? `did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?`
      : 'use a code from content/provinces.yaml, or add the province there',
  }),
  badTranslation: (value: string) => ({
    message: `translation must be "human" or "machine", not "${value}"`,
    fix: 'write translation: machine, or remove the line',
  }),
  imageMissing: (src: string) => ({
    message: `the image "${src}" does not exist beside the article`,
    fix: 'put the image file in the article folder, or correct its name (names are case-sensitive)',
  }),
  imageNoAlt: { message: 'the cover image has no alt text', fix: 'add image_alt: a short description of what the picture shows' },
  bodyImageNoAlt: (src: string) => ({
    message: `the image "${src}" has no alt text`,
    fix: 'write a description between the brackets: ![Delegates at the seminar](photo.jpg)',
  }),
  duplicateSlug: (other: string) => ({
    message: `another article has the same folder name: ${other}`,
    fix: 'rename one of the two folders: the folder name is the article’s URL',
  }),
  noSource: (sourceFile: string) => ({
    message: `this translation has no source article (${sourceFile} is missing)`,
    fix: `add ${sourceFile}, or move this file into the folder of the article it translates`,
  }),
  draft: { message: 'draft: true — this article is not published', fix: 'remove the draft line when it is ready' },
  future: (day: string) => ({
    message: `dated in the future (${day}): it will not be published until a build on or after that day`,
    fix: 'correct the date, or build with PUBLISH_FUTURE=1 to publish it now',
  }),
  noSummary: { message: 'no summary: lists, feeds and search will show the start of the text', fix: 'add summary: one or two sentences' },
  longTitle: (length: number) => ({
    message: `the title is long (${length} characters); phones and search results cut it`,
    fix: 'shorten it to under 110 characters',
  }),
  tagVariants: (tags: string[]) => ({
    message: `one tag is written in several ways: ${tags.map((t) => `"${t}"`).join(', ')}`,
    fix: 'use one spelling everywhere so that the articles share one tag page',
  }),
  tagNoNames: (tag: string) => ({
    message: `the tag "${tag}" has no names in tags.yaml`,
    fix: 'add it to content/tags.yaml with its name in each language, or readers of other languages see it in Vietnamese',
  }),
  formerProvince: (code: string, into: string, day: string) => ({
    message: `"${code}" was merged into "${into}" on ${day}, before this article's date`,
    fix: `use province: ${into} for articles dated after the merger`,
  }),
  figureNoAlt: { message: 'the <Figure> has no alt text', fix: 'add alt="a short description of what the picture shows"' },
  htmlImage: (src: string) => ({
    message: `the image "${src.slice(0, 80)}" is written as HTML <img>, so the picture is not published with the article and readers would see a broken image`,
    fix: `write it as Markdown: ![what it shows](${src.slice(0, 80)})`,
  }),
  tagRemoved: (tag: string) => ({
    message: `${tag} is removed from the page when it is published`,
    fix: 'remove it; for a video use an <iframe> from an allowed host, in MDX the <Video> component',
  }),
  handlerRemoved: (attribute: string) => ({ message: `the attribute ${attribute} (a script) is removed from the page`, fix: `remove ${attribute}="…"` }),
  urlRemoved: (url: string) => ({
    message: `the link "${url.slice(0, 60)}" is removed from the page (only http, https, mailto and tel links are kept)`,
    fix: 'link to an https:// address',
  }),
  attributeRemoved: (attribute: string) => ({
    message: `the attribute ${attribute.slice(0, 60)} is removed from the page`,
    fix: `remove it; the site's style sheet decides how articles look`,
  }),
  codeRemoved: { message: 'this code is removed from the page', fix: 'remove it' },
  embedRemoved: (src: string, hosts: string[]) => ({
    message: `the embed "${src.slice(0, 80)}" is removed from the page: embeds are allowed only over https from ${hosts.join(', ')}`,
    fix: 'use the video’s YouTube or Vimeo embed address, or ask the site maintainer to add the host to embedHosts in src/data/site.json',
  }),
  mdxSyntax: (detail: string) => ({
    message: `the MDX does not compile (${detail})`,
    fix: 'close every <Component … /> tag; write a literal { or < in text as \\{ or &lt;',
  }),
  videoHost: (src: string, hosts: string[]) => ({
    message: `<Video> plays only https addresses from ${hosts.join(', ')}, not "${src.slice(0, 80)}"`,
    fix: 'use provider="youtube" id="…" or a Vimeo address, or ask the site maintainer to add the host to embedHosts',
  }),
  componentInMarkdown: (name: string, locale: string) => ({
    message: `<${name}> works only in an MDX article, and this file is Markdown`,
    fix: `rename the file to ${locale}.mdx (the components need no import)`,
  }),
  registryMissing: { message: 'provinces.yaml is missing', fix: 'create content/provinces.yaml (see README.md)' },
  registryYaml: (detail: string) => ({ message: `the file is not valid YAML (${detail})`, fix: 'check quotes, colons and indentation on this line' }),
  registryShape: (detail: string) => ({ message: detail, fix: 'see the provinces.yaml format in README.md' }),
} as const;
