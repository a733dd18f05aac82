import { foldedExtras } from './fold.ts';

/**
 * Word segmentation for scripts written without spaces. Pagefind 1.6 segments Chinese
 * itself, but splits Lao and Khmer only at spaces (between phrases), and strips
 * zero-width spaces: words must be separated by real spaces, in the index and the query.
 */

/** Locales whose text Pagefind cannot split into words on its own. */
export const SEGMENT_LOCALES: ReadonlySet<string> = new Set(['lo', 'km']);

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The words of `text` joined with single spaces, in the dictionaries of `Intl.Segmenter`;
 * punctuation is kept as separate tokens and runs of spaces collapse.
 * segmentWords('ຄະນະຜູ້ແທນມິດຕະພາບລາວ', 'lo') → 'ຄະນະ ຜູ້ແທນ ມິດຕະພາບ ລາວ'.
 */
export function segmentWords(text: string, locale: string): string {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  const parts: string[] = [];
  for (const { segment } of segmenter.segment(text.normalize('NFC').replace(/\u200b/g, ' '))) {
    const trimmed = segment.trim();
    if (trimmed) parts.push(trimmed);
  }
  return parts.join(' ');
}

/**
 * What Pagefind is given for the text of a page in `locale`: Lao and Khmer segmented into
 * words; other languages as written, followed by the folded forms of their `đ` words.
 */
export function indexableText(text: string, locale: string): string {
  const nfc = text.normalize('NFC');
  if (SEGMENT_LOCALES.has(locale)) return segmentWords(nfc, locale);
  const extras = foldedExtras(nfc);
  return extras.length ? `${nfc}\n${extras.join(' ')}` : nfc;
}

/**
 * A reader's query prepared like the indexed text: NFC (text typed in NFD form finds NFC
 * text), Lao and Khmer segmented. Marks are kept so that exact matches rank first;
 * Pagefind folds them, and `đ` words are matched by the folded copies in the index.
 */
export function prepareQuery(query: string, locale: string): string {
  const nfc = query.normalize('NFC').trim();
  return SEGMENT_LOCALES.has(locale) ? segmentWords(nfc, locale) : nfc.replace(/\s+/g, ' ');
}
