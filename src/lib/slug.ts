/**
 * Fold Vietnamese (and other Latin) text to plain ASCII letters:
 * `Đà Nẵng` → `Da Nang`. `Đ/đ` is a letter of its own in Unicode, not a D with a mark,
 * so it is mapped by hand before the combining marks are stripped.
 */
export function foldMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * A URL slug: lower-case ASCII words joined by hyphens.
 * slugify('Tọa đàm Đối ngoại nhân dân 2025') → 'toa-dam-doi-ngoai-nhan-dan-2025'.
 * Text in scripts without an ASCII form keeps its letters and signs: slugify('ការអប់រំ') → 'ការអប់រំ'.
 */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFD')
      // Only Latin letters lose their marks: a Lao or Khmer vowel sign is part of the word
      // (ການສຶກສາ, ការអប់រំ), and dropping it would make another word.
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
  );
}

/** Whether a folder name is a valid article slug (lower-case ASCII, digits, hyphens). */
export function isValidSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}
