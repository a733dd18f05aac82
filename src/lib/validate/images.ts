import { MESSAGES } from './messages.ts';
import { reporter, type LoadedFile } from './file.ts';
import type { BodyFacts } from './body.ts';
import type { Problem } from './problems.ts';

const REMOTE = /^([a-z][a-z\d+.-]*:|\/\/)/i;

/**
 * Every image an article file shows must exist beside it and have alt text: the cover
 * (`image`, `image_alt`), Markdown images in the body, images imported by MDX and the
 * MDX Figure component. Remote images are the author's business; an `<img>` written in
 * HTML is not published with the article, so it gets a warning.
 */
export function checkImages(f: LoadedFile, body: BodyFacts, imageExists: (folder: string, src: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  const at = reporter(f, problems);
  const data = f.data ?? {};
  if (typeof data.image === 'string') {
    if (!REMOTE.test(data.image) && !imageExists(f.folder, data.image)) at('image', MESSAGES.imageMissing(data.image));
    if (typeof data.image_alt !== 'string' || !data.image_alt.trim()) at(f.lines?.image_alt ? 'image_alt' : 'image', MESSAGES.imageNoAlt);
  }
  for (const image of body.images) {
    const local = !REMOTE.test(image.src) && !image.src.startsWith('/');
    if (image.how === 'html') {
      if (local) at('body', MESSAGES.htmlImage(image.src), 'warning', image.line);
      else if (!image.alt?.trim()) at('body', MESSAGES.bodyImageNoAlt(image.src), 'error', image.line);
      continue;
    }
    let src = image.src;
    try {
      src = decodeURI(src);
    } catch {}
    if (local && !imageExists(f.folder, src)) at('body', MESSAGES.imageMissing(image.src), 'error', image.line);
    if (image.how === 'markdown' && !image.alt?.trim()) at('body', MESSAGES.bodyImageNoAlt(image.src), 'error', image.line);
  }
  for (const c of body.components) {
    if (c.name === 'Figure' && !c.props.includes('alt')) at('body', MESSAGES.figureNoAlt, 'error', c.line);
  }
  return problems;
}
