/**
 * Whether the words right after a quote's closing mark credit it themselves: a subject, a description or a
 * name, then a verb of saying (`"...?" a reporter asked him`, `"...," a voice can be heard shouting`). Such a
 * quote is that subject's, even where the engine cannot tell who the subject is; the paragraph before that
 * introduced a speech ("... and the Gazette has proof:") does not take it.
 */
const SUBJECT = String.raw`(?:(?:a|an|the|one|another|some|several)\s+(?:[\p{L}'’-]+\s+){0,4}?|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s+)`;
const VERB = String.raw`(?:(?:can|could|is|was|were|are)\s+(?:be\s+)?(?:over)?heard\s+\p{Ll}+ing|(?:then\s+)?(?:said|says|asked|asks|told|tells|added|adds|replied|replies|responded|shouted|yelled|chanted|wrote|writes|cried|interjected))\b`;
const OWN_CREDIT = new RegExp(String.raw`^['’"”]*\s*[,—–-]?\s*${SUBJECT}${VERB}`, 'u');

/** Whether the text after the closing mark at `close` opens on a credit of its own (see the module comment). */
export function creditFollows(text: string, close: number): boolean {
  return OWN_CREDIT.test(text.slice(close + 1));
}
