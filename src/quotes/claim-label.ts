/**
 * A fact check's label of the claim it checks: `CLAIM: Jane Roe told voters: "..."`, `Viral claim: a post says
 * Roe called it "..."`. What follows the label is what someone is alleged to have said, the thing the article
 * sets out to check (and often rates false), not words the text reports them saying: crediting the sentence's
 * subject would confirm the very words checked, so nobody is told.
 */

// The label opens the paragraph's sentence, in capitals or as a title, with a colon: "CLAIM:", "The claim:",
// "Viral claim:", "What was claimed:". (A sentence running on after "claim", "The claim that ... is false", is no
// label.)
const CLAIM_LABEL = /^\s*(?:(?:THE|The|VIRAL|Viral|FALSE|False|MISLEADING|Misleading)\s+)?(?:CLAIMS?|[Cc]laims?|WHAT\s+WAS\s+CLAIMED|What\s+was\s+claimed)\s*:/u;

/** Whether the sentence before a quote (`before`, from the sentence's start) opens with a fact check's claim label. */
export function claimLabelled(before: string): boolean {
  return CLAIM_LABEL.test(before);
}
