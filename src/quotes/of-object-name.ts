/**
 * A name set off after "HEAD of the OBJECT" ("The grandmother of the missing boy, Fintan Adeleke, appealed ...")
 * may name the head or the object: English writes both. When the head and the object are nouns that tell two
 * different sexes (grandmother and boy, widow and fisherman's son), the name is the nearer object's unless its
 * given name tells the head's sex; the head is then only described, never the one named. A head that is a group
 * ("The family of the missing climber, NAME,", "Friends of the late singer, NAME,") is never one person's name: the
 * one name set off is the object's.
 */
import { kinSex, nounSex, type Sex } from './gendered-nouns.ts';
import { englishNameGender } from './name-gender.ts';

// "The grandmother of the missing boy", "a sister of the injured man": an article, up to two words, the head,
// "of", a determiner, up to three words and the object's noun, nothing else. (A plural group head goes without
// the article as often as with it, "Friends of the late singer": the article is asked below of other heads.)
const OF_OBJECT = /^((?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+of\s+(?:the|a|an|his|her|their|its|my|our)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)$/iu;

// Heads no single person's name stands for: a household or a plural of people.
const GROUP_HEAD = /^(?:family|families|household|estate|relatives|parents|friends|colleagues|neighbours|neighbors|supporters|lawyers|children|siblings|classmates|teammates|fans)$/u;

function sexOf(word: string): Sex | null {
  const w = word.toLowerCase();
  return kinSex(w) ?? nounSex(w, { plural: false });
}

/**
 * Whether `name`, set off after `description` ("The grandmother of the missing boy"), is the object's ("the boy")
 * rather than the head's: the two nouns tell different sexes and the name's given name does not tell the head's.
 */
export function nameOfObjectNotHead(description: string, name: string): boolean {
  const m = OF_OBJECT.exec(description.trim());
  if (!m) return false;
  // (One person's name, no list of them: "The parents of the boy, Ann and Olu Bello," name the parents.)
  if (GROUP_HEAD.test(m[2]!.toLowerCase()) && !/\s(?:and|&)\s|,/u.test(name.trim())) return true;
  if (!m[1]) return false;
  const head = sexOf(m[2]!);
  const object = sexOf(m[3]!);
  if (!head || !object || head === object) return false;
  const given = name.trim().split(/\s+/u)[0] ?? '';
  return englishNameGender(given) !== head;
}
