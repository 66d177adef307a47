/**
 * A name set off right after a fronted phrase that ends on a person's role as the object of a preposition ("In a
 * statement read to the court by the prosecutor, Imelda Roe, the victim's mother, Ann Lark, said"): the name is
 * that role's, apposed to it inside the fronted phrase, not the subject of the verb that follows.
 */
import { isRoleNoun } from './speaker-phrases.ts';

// The fronted phrase's last words: a preposition, a determiner, up to two words more, the role noun, then the comma.
const LEAD_OBJECT_ROLE = /\b(?:by|to|with|from|for|before|of)\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),\s*$/u;

/** Whether `lead`, the words before a name set off at the opening of a clause, ends on a person's role the name may be apposed to. */
export function nameApposedToLeadObject(lead: string): boolean {
  const m = LEAD_OBJECT_ROLE.exec(lead);
  return m !== null && isRoleNoun(m[1]!);
}
