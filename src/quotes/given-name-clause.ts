/**
 * One described and then named by a clause saying the name was all they gave: `A father waiting at the gate,
 * who gave his name only as Piotr, hoped ...`, `A nurse, who gave only her first name, Oksana, said ...`,
 * `A trader, who would give only his first name, Ali, ...`. News writing names such a source so, and a later
 * "he said" is that person's: the subject is the name the clause gives, not the description. A call sign,
 * nickname or code name given in quotation marks instead (`who gave only his call sign, "Wolf",`) is a label,
 * not a name of record nor a quote: the subject is the one described, a source the writer reached, set up to
 * speak next.
 */

// The description (a determiner first, no comma), perhaps a clause set off before ("reached by phone"), then
// the naming clause (a name, or a label in quotation marks) and a verb after its comma.
const GIVEN_NAME = /^\s*(?:(?:But|And|Yet|Meanwhile)\s+)?((?:A|An|One|Another|The)\s+[^,;:"“”_]{1,80}?)(?:,\s+(?:who|speaking|reached|interviewed|contacted|asked)\b[^,;:"“”_]{0,100})?,\s+who\s+(?:gave|would\s+give|offered|would\s+only\s+give|only\s+gave)\s+(?:only\s+)?(his|her)\s+(?:(?:first|given)\s+name|name|(call\s+sign|callsign|nickname|nom\s+de\s+guerre|code\s+name|codename|military\s+nickname))(?:\s+only)?(?:\s+as)?,?\s+(?:([\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+)?)|["“][^"“”]{1,40}["”]),\s+(?:also\s+|then\s+|later\s+)?\p{Ll}/u;

/**
 * What a naming clause of the sentence's described subject gives: the name (null for a label in quotation
 * marks), the gender "his" or "her" tells, and the description; or null.
 */
export function givenNameSubject(sentence: string): { name: string | null; gender: 'm' | 'f'; description: string } | null {
  if (!sentence.includes(' who ')) return null;
  const m = GIVEN_NAME.exec(sentence);
  if (!m) return null;
  // A label is one only in quotation marks; a name is one only after "name".
  if (m[3] ? m[4] !== undefined : m[4] === undefined) return null;
  return { name: m[4] ?? null, gender: m[2] === 'his' ? 'm' : 'f', description: m[1]!.trim() };
}
