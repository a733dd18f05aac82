/**
 * Folding and word segmentation shared by the indexer (scripts/lib/search-records.ts) and the
 * search page, so that what is typed is cut and folded exactly as the text was.
 *
 * Pagefind (1.6) folds tone and vowel marks itself and ranks exact-mark matches first, but
 * `đ` is a letter of its own to it, and it splits words only at spaces. So the indexed copy
 * of a page's text gets two invisible changes, both undone for display by `fromIndexed`:
 * - `đ` becomes `d` + U+0345, a combining mark that Unicode counts as a letter: Pagefind
 *   keeps it in the word (`d\u0345ối`, matched exactly by a query typed with `đ`) and drops
 *   it, like every mark, in the folded form (`doi`, matched by `doi`).
 * - in languages written without spaces between words (lo, km, zh) the text is cut into
 *   words with Intl.Segmenter and the words are joined with spaces; each space that was
 *   really there becomes a U+2060 "word" of its own, which Pagefind does not index.
 * Zero-width spaces cannot serve: Pagefind strips them before indexing.
 */

/** Stands for the stroke of `đ` (any other mark would make Pagefind split the word). */
const STROKE = '\u0345';
const REAL_SPACE = '\u2060';
/** Pagefind's own word boundary for Chinese, left in the text it stores. */
const ZWSP = '\u200B';

/**
 * `đ`/`Đ` as `d`/`D` carrying the mark that stands for the stroke, in NFC text:
 * foldStroke('Đà Nẵng') → 'D\u0345à Nẵng'.
 */
export function foldStroke(text: string): string {
  return text.normalize('NFC').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D') + STROKE);
}

/**
 * The words of a text in a language without spaces between words, with the punctuation
 * and symbols between them (spaces dropped): segmentWords('ລາວ ແລະ ຫວຽດນາມ', 'lo') →
 * ['ລາວ', 'ແລະ', 'ຫວຽດນາມ'].
 */
export function segmentWords(text: string, lang: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment).filter((s) => s.trim() !== '');
}

/** Segment one run of text that has no spaces in it; other runs keep their spaces. */
function segmentRun(text: string, lang: string): string {
  return text
    .split(/(\s+)/)
    .map((part, i) => (i % 2 === 1 ? ` ${REAL_SPACE} ` : segmentWords(part, lang).join(' ')))
    .join('')
    .replace(/ {2,}/g, ' ');
}

/**
 * The copy of a text that the index is given: NFC, `đ` marked, and for a segmented
 * language cut into words (`segmented` from src/data/languages.json).
 * toIndexed('Đà Nẵng', 'vi', false) → 'D\u0345à Nẵng';
 * toIndexed('人民外交', 'zh-Hans', true) → '人民 外交'.
 */
export function toIndexed(text: string, lang: string, segmented: boolean): string {
  const folded = foldStroke(text);
  return segmented ? segmentRun(folded, lang) : folded;
}

/**
 * Text (or an HTML excerpt) that came out of the index, as it was written:
 * fromIndexed('D\u0345à Nẵng', false) → 'Đà Nẵng'; fromIndexed('人民 外交', true) → '人民外交'.
 */
export function fromIndexed(text: string, segmented: boolean): string {
  const unmarked = text.replace(/([dD])\u0345/g, (_, d: string) => (d === 'd' ? 'đ' : 'Đ'));
  if (!segmented) return unmarked;
  return unmarked.replaceAll(ZWSP, '').replace(/ /g, '').replaceAll(REAL_SPACE, ' ');
}

/**
 * A reader's query, prepared like the indexed text: NFC (so NFD input matches), `đ`
 * marked as in the index, and segmented languages cut into words. Marks stay: Pagefind
 * folds them (`doi` finds `đối`), and ranks pages with the same marks first.
 * toQuery('Đối ngoại', 'vi', false) → 'd\u0345ối ngoại'; toQuery('ການສຶກສາ', 'lo', true) → 'ການ ສຶກສາ'.
 */
export function toQuery(query: string, lang: string, segmented: boolean): string {
  const nfc = foldStroke(query).replace(/\s+/g, ' ').trim();
  if (!segmented) return nfc.toLocaleLowerCase(lang);
  return segmentWords(nfc, lang)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .join(' ')
    .toLocaleLowerCase(lang);
}

/** Whether a query carries marks or `đ`, so that pages with those exact marks should come first. */
export function hasMarks(query: string): boolean {
  const nfc = query.normalize('NFC');
  return /[đĐ]/.test(nfc) || nfc.normalize('NFD').replace(/\p{M}/gu, '') !== nfc.normalize('NFD');
}

/**
 * Items whose text has every word of the query as typed (marks and all, as a word or the
 * start of one) first, each group in its given order. Pagefind's own bonus for exact marks
 * can be outweighed by a title that only folds to the query ("đời ngoài" for "đối ngoại").
 * exactFirst([{ text: 'đời ngoài' }, { text: 'đối ngoại' }], 'đối ngoại', (i) => i.text) → the second first.
 */
export function exactFirst<T>(items: T[], query: string, textOf: (item: T) => string): T[] {
  const lower = (s: string) => s.normalize('NFC').toLowerCase();
  const wanted = lower(query)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  const isExact = (item: T) => {
    const words = lower(textOf(item)).split(/[^\p{L}\p{M}\p{N}]+/u);
    return wanted.every((w) => words.some((word) => word.startsWith(w)));
  };
  const exact = items.filter(isExact);
  return [...exact, ...items.filter((item) => !exact.includes(item))];
}
