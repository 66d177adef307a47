/**
 * Words of an account, page or message only claiming to be someone's: `A post on an account claiming to belong to the
 * singer NAME said her tour was "..."`, `a fake profile of NAME wrote "..."`, `an email purporting to come from NAME
 * read: "..."`. The name is the one impersonated, not the author; nobody is credited.
 */

// A medium (account, profile, page, channel, post, message, email, letter), then within a few words a participle of
// pretending ("claiming to be", "purporting to come from", "posing as", "impersonating"); or a medium called fake.
const IMPERSONATED = /\b(?:account|accounts|profile|page|channel|handle|post|posts|message|messages|e-?mail|letter|caller|website|site)\b[^.;:!?"“”_]{0,40}?\b(?:(?:claiming|purporting|pretending|professing)\s+to\s+(?:be|belong\s+to|come\s+from|represent|speak\s+for)|posing\s+as|masquerading\s+as|impersonating)\b|\b(?:fake|bogus|spoof|parody|impostor|imposter|counterfeit|hoax)\s+(?:[\p{Ll}-]+\s+)?(?:account|profile|page|channel|handle|e-?mail|letter|website)\b/u;

/** Whether the words before a quote (`before`, other quotes blanked) credit it to an account or message only posing as someone's. */
export function impersonatedSource(before: string): boolean {
  return IMPERSONATED.test(before);
}
