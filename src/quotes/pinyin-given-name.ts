/**
 * Whether a word is spelled as one or two Mandarin syllables in pinyin without tone marks ("Haoyu", "Wenbin",
 * "Lixia", "Jian"): the shape of a Chinese given name written after the family name. "Travers", "Smith" and
 * most English surnames are no such spelling.
 */
const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|v)';
const SYLLABLE = `${INITIAL}${FINAL}`;
const PINYIN = new RegExp(`^(?:${SYLLABLE}){1,2}$`, 'u');

/** Whether `word` (capitalised, perhaps hyphened in two) reads as a pinyin given name of one or two syllables. */
export function pinyinGivenName(word: string): boolean {
  const w = word.toLowerCase().replace(/-/gu, '');
  return /^[\p{Lu}][\p{Ll}]+(?:-[\p{Ll}]+)?$/u.test(word) && w.length <= 12 && PINYIN.test(w);
}
