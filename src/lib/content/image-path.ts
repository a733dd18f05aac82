/**
 * The one rule for a picture's path as an editor writes it (front-matter `image:`, a
 * Markdown `![](…)`, an MDX import): a jpg/png/webp/avif/gif file inside the article folder.
 * Pure: only the text is looked at; content/image-file.ts then looks at the file itself.
 */

/** Extensions of the pictures the site publishes, with the dot. */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'];

/** Why a picture's path can be refused, and what to do about each reason. */
export const IMAGE_PATH = {
  empty: { reason: 'it names no file', fix: 'write the file name of a picture in the article folder' },
  encoding: { reason: 'its name has a broken %-code or an invisible character', fix: 'rename the picture with plain letters, digits and hyphens' },
  remote: { reason: 'it is on another website, and the build would download it', fix: 'download the picture into the article folder and use its file name' },
  scheme: { reason: 'it is not a file in the article folder', fix: 'remove it, or put the picture in the article folder and use its file name' },
  outside: { reason: 'it points outside the article folder', fix: 'put the picture in the article folder and use just its file name' },
  backslash: { reason: 'it contains a backslash (\\)', fix: 'separate folder names with / instead' },
  query: { reason: 'it has a ? or # part', fix: 'write just the file name' },
  svg: { reason: 'SVG files can carry scripts', fix: 'convert the picture to PNG or WebP' },
  type: { reason: `only ${IMAGE_EXTENSIONS.map((e) => e.slice(1)).join(', ')} pictures can be used`, fix: 'convert the picture to JPEG, PNG or WebP, or remove it' },
  module: { reason: 'it is code or a package, not a picture beside the article', fix: 'remove the import: the article components need none' },
  link: { reason: 'it is a symbolic link (links are never followed)', fix: 'put the picture file itself in the article folder' },
  notFile: { reason: 'it is not a file', fix: 'name a picture file in the article folder' },
  tooLarge: { reason: 'it is larger than the size limit', fix: 'make the picture smaller (at most 25 MB; about 2000 pixels wide is plenty)' },
} as const;

/** What to do about a reason given by imagePathProblem or imageFileProblem. */
export function imagePathFix(reason: string): string {
  return Object.values(IMAGE_PATH).find((p) => p.reason === reason)?.fix ?? 'use a picture in the article folder';
}

/**
 * Why a picture's path is refused, or undefined if it names a picture inside the article folder.
 * 'photo.jpg' → undefined; '../x.jpg' → 'it points outside the article folder'; 'a.svg' → 'SVG files can carry scripts'.
 */
export function imagePathProblem(src: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(src); // Astro decodes the path: %2e%2e/ is ../
  } catch {
    return IMAGE_PATH.encoding.reason;
  }
  if (!decoded.trim()) return IMAGE_PATH.empty.reason;
  if ([...decoded].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return IMAGE_PATH.encoding.reason;
  const lower = decoded.trim().toLowerCase();
  if (lower.startsWith('http:') || lower.startsWith('https:') || lower.startsWith('//')) return IMAGE_PATH.remote.reason;
  if (decoded.includes(':')) return IMAGE_PATH.scheme.reason;
  if (decoded.startsWith('/')) return IMAGE_PATH.outside.reason;
  if (decoded.includes('\\')) return IMAGE_PATH.backslash.reason;
  if (decoded.split('/').includes('..')) return IMAGE_PATH.outside.reason;
  if ([src, decoded].some((s) => s.includes('?') || s.includes('#'))) return IMAGE_PATH.query.reason;
  const name = decoded.split('/').pop() ?? '';
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
  if (extension === '.svg' || extension === '.svgz') return IMAGE_PATH.svg.reason;
  if (!IMAGE_EXTENSIONS.includes(extension)) return IMAGE_PATH.type.reason;
  return undefined;
}
