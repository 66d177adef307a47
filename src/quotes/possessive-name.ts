/**
 * A possessive is no part of a person's name: "Mr Kim's own words were broadcast", read as its sentence's
 * subject, names Kim, and the speaker a later "he said" gives is shown as "Kim", not "Kim's".
 */

const POSSESSIVE = /(?<=[\p{L}])['’]s?$/u;

/** `name` without a possessive ending ("Kim's" → "Kim", "Jones'" → "Jones"). */
export function withoutPossessive(name: string): string {
  return name.replace(POSSESSIVE, '');
}
