/**
 * News style abbreviates a title before a name ("Sen. James Park (R-Idaho)") and spells it out later ("Senator
 * Park", "the senator said"): both forms are one office, so a role is read with its title spelled out.
 */

const ABBREVIATED: Readonly<Record<string, string>> = {
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', prof: 'professor', rev: 'reverend',
  amb: 'ambassador', adm: 'admiral', col: 'colonel', lt: 'lieutenant', sgt: 'sergeant', capt: 'captain',
  maj: 'major', pres: 'president', supt: 'superintendent', insp: 'inspector', cmdr: 'commander', cdr: 'commander',
  usec: 'undersecretary', asec: 'assistant secretary', atty: 'attorney', engr: 'engineer',
};

/** A title's word spelled out and lower-cased ("Sen." → "senator"); any other word lower-cased as it is. */
export function spelledOut(word: string): string {
  const w = word.replace(/\.$/u, '').toLowerCase();
  return ABBREVIATED[w] ?? w;
}

/** The abbreviations known, lower-case and without their full stop ("sen", "gov"). */
export const TITLE_ABBREVIATIONS: readonly string[] = Object.keys(ABBREVIATED);
