/**
 * A fact check's label of the claim it checks, `CLAIM: Jane Roe told voters: "..."`, and the verdict after it,
 * `RATING: False.`. What follows the label is what someone is alleged to have said; when the verdict rates it
 * false, the text says the words were never said, so crediting the sentence's subject would confirm the very words
 * the check refutes, and nobody is told. (A claim rated true, "VERDICT: True.", or only misleading keeps its
 * credit: the check found the words, or the one who posted them said them.)
 */

// The label opens the paragraph, in capitals or as a title, with a colon: "CLAIM:", "The claim:", "Viral claim:",
// "What was claimed:". (A sentence running on after "claim", "The claim that ... is false", is no label.)
const CLAIM_LABEL = /^\s*(?:(?:THE|The|VIRAL|Viral)\s+)?(?:CLAIMS?|[Cc]laims?|WHAT\s+WAS\s+CLAIMED|What\s+was\s+claimed)\s*:/u;

// The verdict opening the next paragraph rates the claim false: "RATING: False.", "VERDICT: FALSE", "OUR RULING:
// We rate this claim "False."", "Rating: Fabricated".
const FALSE_VERDICT = new RegExp(
  String.raw`^\s*(?:(?:OUR|Our|THE|The)\s+)?(?:RATING|Rating|VERDICT|Verdict|RULING|Ruling|FINDING|Finding)\s*:\s*` +
    String.raw`(?:[Ww]e\s+rate\s+(?:this|the|it)(?:\s+claim)?\s+(?:as\s+)?)?["“]?(?:FALSE|False|false|FAKE|Fake|fake|FABRICATED|Fabricated|fabricated|Pants\s+on\s+[Ff]ire)\b`,
  'u',
);

/** Whether a paragraph (`text`) opens with a fact check's claim label. */
export function claimLabelled(text: string): boolean {
  return CLAIM_LABEL.test(text);
}

/** Whether a paragraph (`text`) opens with a fact check's verdict rating the claim before it false. */
export function falseVerdict(text: string): boolean {
  return FALSE_VERDICT.test(text);
}
