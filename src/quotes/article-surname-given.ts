/**
 * A bare one-word name ("Rashid said") where one person's given name is that word ("Rashid Hamdan") and another's
 * surname is that word behind the Arabic article ("Omar al-Rashid"): news style calls people by surname, so the
 * word is the second person's with its article dropped, or a slip for either; it is never safely the first's.
 */

// A surname of the article ("al-", "el-", as the reading capitalises it too: "Al-") hyphened to the word.
const ARTICLE_SURNAME = /^[ae]l-(.+)$/iu;

/**
 * Whether, of the full names `names` (each as its words), one ends on `word` behind an Arabic article
 * ("al-Rashid") and another, not so ending, opens with `word` as its given name ("Rashid Hamdan").
 */
export function givenNameBesideArticleSurname(word: string, names: readonly (readonly string[])[]): boolean {
  const key = word.toLowerCase();
  const full = names.filter((n) => n.length >= 2);
  const behindArticle = (n: readonly string[]): boolean => ARTICLE_SURNAME.exec(n.at(-1)!)?.[1]?.toLowerCase() === key;
  const ends = full.filter(behindArticle);
  const opens = full.filter((n) => n[0]!.toLowerCase() === key && !behindArticle(n));
  return ends.length > 0 && opens.length > 0;
}
