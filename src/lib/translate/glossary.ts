import { z } from 'zod';
import { LOCALES } from '../languages.ts';
import { LIMITS } from '../content/limits.ts';

/**
 * Official names that machine translation must never get wrong (the union's name, a
 * partner organisation's): `content/glossary.yaml` maps a term as written in the source
 * language to its name in other languages. Province names from provinces.yaml count too.
 * A term is sent to the engine as a tag it cannot translate, and comes back as the name.
 */

/** One term with its name in each language that has one. */
export interface GlossaryEntry {
  term: string;
  names: Record<string, string>;
}

/** glossary.yaml: a term → { en: …, fr: … }; every name is text. */
export const glossaryFile = z
  .record(
    z.string().min(2).max(LIMITS.titleChars),
    z.record(
      z.string().refine((k) => LOCALES.includes(k), `must be a language code (${LOCALES.join(', ')})`),
      z.string().min(1).max(LIMITS.titleChars),
    ),
  )
  .nullable();

/** The entries of a glossary file's data (already validated), longest term first so that "Hội hữu nghị Việt – Lào" wins over "Hội hữu nghị". */
export function glossaryEntries(data: Record<string, Record<string, string>> | null | undefined, more: GlossaryEntry[] = []): GlossaryEntry[] {
  const all = [...Object.entries(data ?? {}).map(([term, names]) => ({ term: term.normalize('NFC'), names })), ...more];
  return all.sort((a, b) => b.term.length - a.term.length);
}

/** A piece of text: plain, or a glossary term with the name it takes in the target language. */
export type TermPart = string | { term: string; name: string };

/**
 * Split text at the glossary terms that have a name in `target`, whole words only:
 * protectTerms('Tỉnh Huế đón đoàn', 'en', [{ term: 'Huế', names: { en: 'Hue' } }])
 * → ['Tỉnh ', { term: 'Huế', name: 'Hue' }, ' đón đoàn'].
 */
export function protectTerms(text: string, target: string, glossary: GlossaryEntry[]): TermPart[] {
  const usable = glossary.filter((g) => g.names[target]);
  if (!usable.length) return text ? [text] : [];
  const parts: TermPart[] = [];
  let plain = '';
  let i = 0;
  // A term must not start or end inside a word: "Huế" is not in "Thừa Thiên Huếx".
  const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
  outer: while (i < text.length) {
    if (!letter(text[i - 1])) {
      for (const g of usable) {
        if (text.startsWith(g.term, i) && !letter(text[i + g.term.length])) {
          if (plain) parts.push(plain);
          plain = '';
          parts.push({ term: g.term, name: g.names[target] });
          i += g.term.length;
          continue outer;
        }
      }
    }
    plain += text[i++];
  }
  if (plain) parts.push(plain);
  return parts;
}
