/** Natural-language lists ("A, B and C") in the languages Candor writes. */

export type Lang = 'en' | 'es';

/** `and`-lists for statements, `or`-lists for prohibitions ("for your proposal or the work"). */
type ListKind = 'and' | 'or';

const WORDS: Record<Lang, Record<ListKind, string>> = {
  en: { and: 'and', or: 'or' },
  es: { and: 'y', or: 'o' },
};

/**
 * Spanish changes the conjunction before the same vowel sound ("ChatGPT e Imagen", "siete u ocho"),
 * except before a diphthong ("agua y hielo").
 */
function conjunction(lang: Lang, kind: ListKind, next: string): string {
  const word = WORDS[lang][kind];
  if (lang !== 'es') return word;
  if (kind === 'and' && /^h?[iíI](?![aeouáéóú])/i.test(next)) return 'e';
  if (kind === 'or' && /^h?[oóO]/i.test(next)) return 'u';
  return word;
}

/** No serial comma: "ChatGPT, Claude and DeepL", as plain English and Spanish both write it. */
export function joinList(items: readonly string[], lang: Lang, kind: ListKind = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(', ')} ${conjunction(lang, kind, last)} ${last}`;
}
