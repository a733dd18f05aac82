/**
 * Folding for Vietnamese typed without marks. Pagefind (1.5+) already folds tone and
 * vowel marks, but treats `đ` as a letter of its own, so `doi` never finds `đối`.
 */

const STROKED = /[đĐ]/;

/**
 * Text as a reader types it on a keyboard without Vietnamese input: NFC, `đ` → `d`,
 * every combining mark removed, lower case. foldForSearch('Đà Nẵng') → 'da nang'.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .normalize('NFC');
}

/**
 * The words of `text` that Pagefind cannot match without marks (those with `đ`),
 * folded and without repeats: foldedExtras('Đà Nẵng đối ngoại, Đà') → ['da', 'doi'].
 * Appended to the indexed text so that `doi ngoai` finds `đối ngoại` while the text
 * itself stays as written (exact matches still rank first, excerpts read well).
 */
export function foldedExtras(text: string): string[] {
  const words = new Set<string>();
  for (const word of text.normalize('NFC').split(/[^\p{L}\p{M}\p{N}]+/u)) {
    if (STROKED.test(word)) words.add(foldForSearch(word));
  }
  return [...words];
}
