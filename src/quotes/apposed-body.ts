/**
 * "Kvist Marine, a Bergen shipbuilder, said ... The shipbuilder also said ...", "the Nordic Fisheries Watch, an
 * Oslo-based monitoring group, ... The group said ...": news style names a body once with what it is set off
 * after the name, then calls it by that noun alone. The one name the text so described lately is the body meant.
 */
/** Words between the article and the noun that would make the noun another's ("a lawyer who founded a group"). */
const NOT_BETWEEN = String.raw`(?!(?:for|at|with|of|to|on|in|by|from|and|or|who|whom|whose|which|that|his|her|their|its|he|she|they)\s)`;

/** The expression per head noun (`g` flag: reset before each text). */
const APPOSED = new Map<string, RegExp>();

// A capitalised run of one to seven words (with "of", "for", "on", "and" inside), the name looked for.
const NAME = String.raw`(?<![\p{L}'’.&-])([\p{Lu}][\p{L}'’.&-]*(?:\s+(?:(?:of|for|on|and)\s+)?[\p{Lu}][\p{L}'’.&-]*){0,6})`;

function apposedExpression(head: string): RegExp {
  let re = APPOSED.get(head);
  if (!re) {
    if (APPOSED.size >= 2_000) APPOSED.clear();
    APPOSED.set(head, (re = new RegExp(String.raw`${NAME}\s*,\s+(?:a|an)\s+(?:${NOT_BETWEEN}[\p{L}'’-]+\s+){0,4}?${head}(?=\s*[,.;)]|\s+(?:based|in|of|from|that|which|owned|run|founded)\b)`, 'gu')));
  }
  return re;
}

/**
 * The distinct names (as written) given an appositive "a ... `head`" right after them in paragraphs
 * `paragraph` - 2 to `paragraph` (counted from 1), before offset `upTo` of that last paragraph.
 */
export function namesApposedWith(paragraphs: readonly string[], head: string, paragraph: number, upTo: number): string[] {
  if (!/^[\p{Ll}][\p{Ll}-]*$/u.test(head)) return [];
  const re = apposedExpression(head);
  const found = new Map<string, string>();
  for (let p = Math.max(1, paragraph - 2); p <= paragraph; p++) {
    const text = p === paragraph ? (paragraphs[p - 1] ?? '').slice(0, upTo) : (paragraphs[p - 1] ?? '');
    if (!text.includes(head)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) found.set(m[1]!.toLowerCase(), m[1]!);
  }
  return [...found.values()];
}
