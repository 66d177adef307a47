/**
 * A source credited in a parenthesis inside a sentence of the writer's: `The man who wrote that toast, a Seoul
 * official told me, was probably not Kim himself.` The official is no subject of the sentence, but a later
 * `"...," the official said` is the same official: the description is read as a mention, to be tied to.
 */

// Comma, an indefinite description, a reporting verb (with "me", "us" or an outlet as its object), comma.
const PARENTHETICAL = /,\s+((?:a|an|one)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{Ll}][\p{L}'’-]*)\s+(?:told\s+(?:me|us|(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})|said|says|believes|thinks|insists|suggested|claimed|explained)\s*,\s/u;

/** The description a parenthetical credit inside `sentence` gives its source ("a Seoul official"), or null. */
export function parentheticalSource(sentence: string): string | null {
  const m = PARENTHETICAL.exec(sentence);
  return m ? m[1]! : null;
}
