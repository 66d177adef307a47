/**
 * "His wife, Harriet Pryce, ... ¶ ... ¶ '...,' Pryce's wife said.": a relative owned by a name's possessive
 * ("SURNAME's wife", "NAME's brother") is the one person the text brought in by that relation ("His wife,
 * NAME,") who bears the owner's surname, when one other person bears it: the owner the possessive meant.
 */
import { kinPattern, kinSex, type Sex } from './gendered-nouns.ts';

const AGE = String.raw`(?:(?:late|elder|older|younger|eldest|youngest|twin|only)\s+)?`;
const NAME_OWNED = new RegExp(String.raw`^((?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*)['’]s\s+${AGE}(${kinPattern()})$`, 'u');

/**
 * The owner's name, the word of kin and its sex when `description` is one person's relative owned by a name
 * ("Pryce's wife", "Ada Roe's younger brother"); null otherwise.
 */
export function nameOwnedKin(description: string): { owner: string; kin: string; sex: Sex } | null {
  const m = NAME_OWNED.exec(description.trim());
  if (!m) return null;
  const sex = kinSex(m[2]!);
  return sex ? { owner: m[1]!, kin: m[2]!.toLowerCase(), sex } : null;
}

/**
 * The owner's sex ("his" 'm', "her" 'f') when the text right before a full name (`before`, ending where the name
 * opens) brings the name in as that owner's `kin`, set off by a comma ("His wife, ", "her younger brother, ",
 * a title perhaps before the name: "His wife, Lady "); null otherwise.
 */
export function kinIntroducedBefore(before: string, kin: string): Sex | null {
  const m = new RegExp(String.raw`(?:^|[^\p{L}])(his|her)\s+${AGE}([\p{Ll}]+),\s+(?:[\p{Lu}][\p{L}]*\.?\s+)?$`, 'iu').exec(before);
  if (!m || m[2]!.toLowerCase() !== kin) return null;
  return m[1]!.toLowerCase() === 'his' ? 'm' : 'f';
}
