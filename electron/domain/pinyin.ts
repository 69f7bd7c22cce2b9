// Pinyin initials for finding people by typing "ljg" for 李建国.
import { pinyin } from 'pinyin-pro';

export function nameInitials(name: string): string {
  const letters = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' });
  return letters.map((l) => l.toLowerCase()).join('').replace(/[^a-z0-9]/g, '');
}
