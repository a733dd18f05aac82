/**
 * Every message `npm run check` gives, in one place: what is wrong and what to do.
 * Tests pin the wording of the important ones.
 */
export const MESSAGES = {
  notUtf8: { message: 'the file is not valid UTF-8 text', fix: 'save it as UTF-8 in your editor (File → Save with encoding → UTF-8)' },
  yaml: (detail: string) => ({ message: `the front-matter is not valid YAML (${detail})`, fix: 'check quotes, colons and indentation on this line; put a title that contains ": " in quotes' }),
  noFrontMatter: { message: 'the file has no front-matter', fix: 'start the file with a --- line, the fields, and another --- line' },
  unknownLocale: (name: string, locales: string[]) => ({ message: `"${name}" is not a configured language`, fix: `name the file after one of: ${locales.join(', ')} (e.g. en.md)` }),
  badSlug: (slug: string, suggestion: string) => ({ message: `the folder name "${slug}" is not a valid slug`, fix: `rename the folder to "${suggestion}" (lower-case ASCII letters, digits and hyphens)` }),
  unknownField: (field: string, suggestion?: string) => ({
    message: `unknown field "${field}"`,
    fix: suggestion ? `did you mean "${suggestion}"?` : 'remove it, or see the content reference in README.md',
  }),
  missing: (field: string, example: string) => ({ message: `the required field "${field}" is missing`, fix: `add a line like: ${field}: ${example}` }),
  missingInSource: (field: string, example: string) => ({ message: `the source article needs "${field}" (translations inherit it)`, fix: `add a line like: ${field}: ${example}` }),
  wrongType: (field: string, expected: string) => ({ message: `"${field}" must be ${expected}`, fix: `write ${field} as ${expected}` }),
  badDate: (field: string, value: string) => ({ message: `"${value}" is not a real date`, fix: `write ${field} as YYYY-MM-DD (e.g. 2025-09-12) or an ISO date-time (2025-09-12T08:30)` }),
  unknownProvince: (code: string, suggestions: string[]) => ({
    message: `the province "${code}" is not in provinces.yaml`,
    fix: suggestions.length ? `did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : 'use a code from content/provinces.yaml, or add the province there',
  }),
  badTranslation: (value: string) => ({ message: `translation must be "human" or "machine", not "${value}"`, fix: 'write translation: machine, or remove the line' }),
  imageMissing: (src: string) => ({ message: `the image "${src}" does not exist beside the article`, fix: 'put the image file in the article folder, or correct its name (names are case-sensitive)' }),
  imageNoAlt: { message: 'the cover image has no alt text', fix: 'add image_alt: a short description of what the picture shows' },
  bodyImageNoAlt: (src: string) => ({ message: `the image "${src}" has no alt text`, fix: 'write a description between the brackets: ![Delegates at the seminar](photo.jpg)' }),
  duplicateSlug: (other: string) => ({ message: `another article has the same folder name: ${other}`, fix: 'rename one of the two folders: the folder name is the article’s URL' }),
  noSource: (sourceFile: string) => ({ message: `this translation has no source article (${sourceFile} is missing)`, fix: `add ${sourceFile}, or move this file into the folder of the article it translates` }),
  draft: { message: 'draft: true — this article is not published', fix: 'remove the draft line when it is ready' },
  future: (day: string) => ({ message: `dated in the future (${day}): it will not be published until a build on or after that day`, fix: 'correct the date, or build with PUBLISH_FUTURE=1 to publish it now' }),
  noSummary: { message: 'no summary: lists, feeds and search will show the start of the text', fix: 'add summary: one or two sentences' },
  longTitle: (length: number) => ({ message: `the title is long (${length} characters); phones and search results cut it`, fix: 'shorten it to under 110 characters' }),
  tagVariants: (tags: string[]) => ({ message: `one tag is written in several ways: ${tags.map((t) => `"${t}"`).join(', ')}`, fix: 'use one spelling everywhere so that the articles share one tag page' }),
  tagNoNames: (tag: string) => ({ message: `the tag "${tag}" has no names in tags.yaml`, fix: 'add it to content/tags.yaml with its name in each language, or readers of other languages see it in Vietnamese' }),
  formerProvince: (code: string, into: string) => ({ message: `"${code}" was merged into "${into}" before this article's date`, fix: `use province: ${into} for articles dated after the merger` }),
  registryMissing: { message: 'provinces.yaml is missing', fix: 'create content/provinces.yaml (see README.md)' },
  registryYaml: (detail: string) => ({ message: `the file is not valid YAML (${detail})`, fix: 'check quotes, colons and indentation on this line' }),
  registryShape: (detail: string) => ({ message: detail, fix: 'see the provinces.yaml format in README.md' }),
} as const;
