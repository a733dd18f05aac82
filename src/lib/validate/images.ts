import { MESSAGES } from './messages.ts';
import { reporter, type ArticleFile } from './file.ts';
import { localPath, type BodyFacts } from './body.ts';
import { imagePathProblem } from '../content/image-path.ts';
import type { Problem } from './problems.ts';
import type { ImageFileProblem } from '../content/image-file.ts';

/** Whether a picture named by an article can be published (content/image-file.ts on disk; a stub in tests). */
export type ImageCheck = (folder: string, src: string) => ImageFileProblem | undefined;

/**
 * Every image an article file shows must be a file beside it, with alt text: the cover
 * (`image`, `image_alt`), Markdown images in the body, images imported by MDX and the
 * MDX Figure component. Nothing outside the article folder, no link, no remote address,
 * no SVG (see image-file.ts). An `<img>` written in HTML naming a file is an error: the
 * file is not published with the article, so the page would show a broken image.
 */
export function checkImages(f: ArticleFile, body: BodyFacts, imageProblem: ImageCheck): Problem[] {
  const problems: Problem[] = [];
  const at = reporter(f, problems);
  const data = f.data ?? {};
  const mdx = f.file.endsWith('.mdx');
  const file = (field: string, src: string, line?: number) => {
    const problem = imageProblem(f.folder, src);
    if (problem?.kind === 'missing') at(field, MESSAGES.imageMissing(src), 'error', line);
    else if (problem) at(field, MESSAGES.imagePath(src, problem.reason), 'error', line);
  };
  if (typeof data.image === 'string') {
    file('image', data.image);
    if (typeof data.image_alt !== 'string' || !data.image_alt.trim()) at(f.lines?.image_alt ? 'image_alt' : 'image', MESSAGES.imageNoAlt);
  }
  for (const image of body.images) {
    if (image.how === 'html') {
      if (localPath(image.src)) at('body', MESSAGES.htmlImage(image.src), 'error', image.line);
      else if (!image.alt?.trim()) at('body', MESSAGES.bodyImageNoAlt(image.src), 'error', image.line);
      continue;
    }
    // In MDX the policy has already refused a path that leaves the folder (body.policy).
    if (!(mdx && imagePathProblem(image.src))) file('body', image.src, image.line);
    if (image.how === 'markdown' && !image.alt?.trim()) at('body', MESSAGES.bodyImageNoAlt(image.src), 'error', image.line);
  }
  return problems;
}
