// Pinyin initials for finding people by typing "ljg" for 李建国.
import { pinyin } from 'pinyin-pro';

export function nameInitials(name: string): string {
  const letters = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' });
  return letters.map((l) => l.toLowerCase()).join('').replace(/[^a-z0-9]/g, '');
}

/**
 * A key that sorts names in pinyin order, as Intl.Collator('zh') and a printed 花名册 do:
 * syllable by syllable with the tone ("li3 na4" before "liu2 ning2", 西安 "xi1 an1" before
 * 先 "xian1"), the name itself breaking ties between characters read alike. SQL pages the
 * roster, so the order has to be a stored column rather than a collator in the renderer.
 */
export function nameSortKey(name: string): string {
  const syllables = pinyin(name, { toneType: 'num', type: 'array', surname: 'head' });
  return `${syllables.map((s) => s.toLowerCase()).join(' ')}\t${name}`;
}

/** Pinyin order for lists sorted in the renderer; the same order as nameSortKey for ordinary names. */
export const zhCollator = new Intl.Collator('zh');
