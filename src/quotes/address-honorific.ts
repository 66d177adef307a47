/**
 * Indonesian and Malay forms of address before a given name: "Pak Budi" and "Bu Retno" (short for "Bapak" and
 * "Ibu", "father" and "mother") are "Mr Budi" and "Mrs Retno", said of a person the text names as "Budi
 * Santoso" or "Retno Wulandari". Read as a full name they made "Budi" a surname, and a later "Budi said" went to
 * that form (taken, often, from inside someone else's quotation) rather than to the man named in full.
 *
 * "Pak" is also a Korean family name ("Pak Jong Chon", "Pak Un-jong"), so the form counts as an address only when
 * it is the form and one word with no hyphen, and that word stands elsewhere in the document without the form
 * before it, as a given name or a single name ("Budi Santoso", "Sutrisno"): a Korean given name is two
 * syllables, written apart or joined by a hyphen, and is not met alone.
 */

const ADDRESS = /^(?:Pak|Bu|Bapak|Ibu)[ \t]+([\p{Lu}][\p{Ll}]+)$/u;

/**
 * Whether the capitalised run `run` is an address form and a given name ("Pak Budi") whose name the paragraphs
 * `paragraphs` use elsewhere without the form: then it names no one in full.
 */
export function isAddressedGivenName(run: string, paragraphs: readonly string[]): boolean {
  const m = ADDRESS.exec(run);
  if (!m) return false;
  const given = m[1]!;
  // The given name on its own: a capitalised word, whole, with no address form right before it.
  const alone = new RegExp(String.raw`(?<![\p{L}'’-])(?<!\b(?:Pak|Bu|Bapak|Ibu)[ \t]+)${given}(?![\p{L}'’-])`, 'u');
  return paragraphs.some((p) => alone.test(p));
}
