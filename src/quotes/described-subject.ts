/**
 * A description opening a sentence with the name it gives set off by commas: `The South Korean foreign
 * minister, Park Jin, warned ...`, `Another expert, Jane Roe of Tallinn University, took a more cautious
 * view.`, `Its chairman, a retired teacher named Boris Roe, was blunter.`, `Her son, Tom Roe, 19, was born ...` The name is the sentence's subject, the one a later "she said" may mean; the words "of <Place>"
 * after the name say where the person works and are no part of the name.
 */

// (A possessive may carry a title of courtesy: "Ms. Kim's son, Park Ji-ho, ...".)
// (Or the writer's own: "My colleague, Jane Roe, ...". A body's name of several words may own the role: "Harbour
// Line's chief executive, Jane Roe, ...".)
const DETERMINER = String.raw`(?:The|A|An|Another|One|Its|His|Her|Their|My|Our|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[\p{Lu}][\p{L}&.-]*\s+){0,3}[\p{Lu}][\p{L}-]*['’]s)`;
// (A surname may open with lowercase particles: "Karel van Dam", "Ilse de Groot", "Jan van der Berg".)
const NAME = String.raw`(?:(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}(?:(?:van|von|de|der|den|da|di|du|del|della|dela|delos|dos|das|ter|ten)\s+){1,2}[\p{Lu}][\p{L}'’.-]*|(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}[\p{Lu}][\p{L}'’.-]*)`;
// "of Renmin University", "of the Carnegie Endowment", "of the Institute of World Economy": an affiliation,
// capitalised words after "of", perhaps joined by "of", "for", "and" or "on" as an institution's name is,
// perhaps with its city ("of the Asan Forum in Seoul").
const AFFILIATION = String.raw`(?:\s+(?:of|at|from)\s+(?:the\s+)?[\p{Lu}][\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|on|the)\s+){0,2}[\p{Lu}][\p{L}'’.&-]*){0,7}(?:\s+in\s+[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})?)?`;
// (Or a second description giving the name: "Its chairman, a retired teacher named Boris Roe, was blunter.")
// (Or a role in lowercase before the name: "My colleague, the transport correspondent Jane Roe, ...", with no
// article too, before a full name: "His colleague, research fellow Jane Roe, ...".)
// (Or "retired" or "former" before a capitalised rank and the name: "Her old classmate, retired Rear Admiral Jane
// Roe, ...": the word qualifies the rank, and is no part of the name.)
// (Or "Another" or "One" alone, one more of those just spoken of: "Another, Sir Tom Roe, was less generous.")
const DESCRIBED = new RegExp(String.raw`^(${DETERMINER}\s+[^,_]{1,60}|Another|One),\s+(?:(?:a|an)\s+[^,_]{1,60}?\s+(?:named|called)\s+|the\s+(?:[\p{Ll}-]+\s+){1,3}|(?:(?!(?:and|or|but|nor|who|whom|whose|which|that|when|where|as|in|at|on|of|for|with|to|from|by|not|no|also|then|now)\s)[\p{Ll}-]+\s+){1,3}(?=(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}[\p{Lu}])|(?:retired|former)\s+(?=(?:[\p{Lu}][\p{L}.-]*\s+){2}))?(${NAME})${AFFILIATION}(?:,\s+\d{1,3})?,\s+\p{Ll}`, 'u');

/**
 * The description and the name of a sentence opening `<description>, <Name>[ of <Place>], <lowercase verb>`
 * (its first words, quotes masked), or null when the sentence does not open so.
 */
export function describedSubject(opening: string): { description: string; name: string } | null {
  // The description ends at a comma: without one the expression has nothing to find.
  if (!opening.includes(',')) return null;
  const m = DESCRIBED.exec(opening);
  return m ? { description: m[1]!, name: m[2]!.trim() } : null;
}
