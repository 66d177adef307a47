import { roleInCategory } from './role-fit.ts';

/**
 * Whether `text` holds a calling that a description's general noun `head` stands for ("ambassador" or "envoy" for
 * "diplomat", "sergeant" for "officer"), a possessive's "'s" cut ("the ambassador's driver"). A fresh epithet read
 * back to the one person a passage tells of is then no safe guess when that calling is not that person's own role:
 * "NAME, the ambassador's driver," or "NAME, who married an envoy," before '"...," the retired diplomat said.' may
 * bring the ambassador or the envoy to mind as the speaker.
 */
export function callingInText(text: string, head: string): boolean {
  for (const m of text.matchAll(/(?<![\p{L}])([\p{Ll}]+)(?:['’]s)?(?![\p{L}])/gu)) {
    if (roleInCategory(m[1]!, head)) return true;
  }
  return false;
}
