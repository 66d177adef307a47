/**
 * A claim as people type it into who-said, read into the words to look for and the speaker it names:
 * `Putin said that's why we've come here`, `did Kim say "..."?`, `Did Putin really say X`, `"X," Putin said`,
 * `According to Kim, X`, in any quotation marks, with or without a final "?".
 */

export interface Claim {
  /** The words to look for in the quotes. */
  words: string;
  /** The speaker the claim names, as typed; null when it names nobody (or only "he", "someone" ...). */
  speaker: string | null;
  /** The text as typed (unwrapped), not read as a frame around the words. */
  asTyped: boolean;
  /**
   * For a claim that the speaker named someone something ("X described Putin as a supplicant", "X called Kim a
   * salesman"): what follows the naming verb, object and label ("putin as a supplicant"), which the reporter's
   * naming clause around a quoted label must say; `words` is then the label alone, looked for in the quotes.
   */
  naming?: string;
  /** The speaker was read from words after a spaced hyphen: a speaker only if the sources quote someone so named. */
  creditUnsure?: boolean;
}

// Opening quotation marks and the closing marks each may pair with (news text mixes them).
const OPEN_CLOSE: Record<string, string> = {
  '"': '"“”',
  '“': '”"“',
  '”': '”"',
  '„': '“”"',
  '«': '»',
  '»': '«',
  '‹': '›',
  "'": "'’",
  '‘': '’\'‘',
  '‚': '‘’',
  '「': '」',
  '『': '』',
};

// Speech verbs as a statement has them ("Putin said") and as a question ("did Putin say").
const SAID = String.raw`(?:said|says|claimed|claims|stated|declared|declares|wrote|writes|insisted|insists|announced|announces|added|adds|warned|warns|vowed|vows|promised|promises|stressed|stresses|mentioned|mentions|replied|replies|answered|answers|noted|notes|argued|argues|explained|explains|admitted|admits|predicted|predicts|tweeted|tweets|posted|posts|joked|jokes|recalled|recalls|boasted|boasts|told(?:\s+(?:reporters|journalists|the\s+press|the\s+media|state\s+media|him|her|them|us|me))?)`;
const SAY = String.raw`(?:say|claim|declare|write|insist|announce|add|warn|vow|promise|stress|mention|reply|answer|note|argue|explain|admit|predict|tweet|post|joke|recall|boast|tell(?:\s+(?:reporters|journalists|the\s+press|the\s+media|state\s+media|him|her|them|us|me))?)`;
const ADVERBS = String.raw`(?:(?:really|actually|ever|truly|once|also|reportedly|allegedly|publicly|in\s+fact|just|literally|apparently|supposedly|seriously|openly|clearly|basically|even|definitely|explicitly|specifically|personally|himself|herself|themselves|itself)\s+)*`;
// "Putin never said X", "didn't Kim say X": the claim is still X, whoever is right about it.
const DENIED = String.raw`(?:never\s+${SAID}|(?:did\s+not|didn['’]?t|never)\s+(?:actually\s+|really\s+|even\s+)?${SAY})`;
// The speaker: at most 60 characters, no quotation mark or sentence punctuation (checked again by speakerOf);
// a full stop only after a title's short form or an initialism's letter ("dr. reyes", "the u.s. envoy").
const SPEAKER = String.raw`((?:[^"“”„«»‹›,.;:!?]|(?<=(?:^|[\s.])(?:dr|mr|mrs|ms|prof|sen|rep|gov|gen|col|capt|lt|sgt|rev|amb|[a-z]))\.){1,60}?)`;
const TRUE_THAT = String.raw`(?:is\s+it\s+true\s+(?:that\s+)?|true\s+or\s+false[,:]?\s+)?`;

const QUESTION = new RegExp(String.raw`^${TRUE_THAT}(?:did|does|has|had|was|were|is|didn['’]?t|doesn['’]?t|hasn['’]?t|wasn['’]?t)\s+${SPEAKER}\s+${ADVERBS}(?:${SAY}|${SAID}|quoted\s+as\s+saying)\b\s*[,:]?\s*`, 'iu');
const STATEMENT = new RegExp(String.raw`^${TRUE_THAT}${SPEAKER}\s+${ADVERBS}(?:${SAID}|${DENIED}|was\s+quoted\s+as\s+saying)\b\s*[,:]?\s*`, 'iu');
// "X described Putin as ...", "X called Kim a ...", "did X call Kim a ...": a speaker naming someone something.
const NAMED = String.raw`(?:described|describes|called|calls|labell?ed|labels|branded|brands|dubbed|dubs|termed|terms)`;
const NAME_VERB = String.raw`(?:describe|call|label|brand|dub|term)`;
const NAMING = new RegExp(String.raw`^${TRUE_THAT}${SPEAKER}\s+${ADVERBS}${NAMED}\s+(?!(?:for|on|upon|off|out|up|in|back|after|into|to)\b)`, 'iu');
const NAMING_QUESTION = new RegExp(String.raw`^${TRUE_THAT}(?:did|does|didn['’]?t|doesn['’]?t)\s+${SPEAKER}\s+${ADVERBS}${NAME_VERB}\s+(?!(?:for|on|upon|off|out|up|in|back|after|into|to)\b)`, 'iu');
const ACCORDING = new RegExp(String.raw`^according\s+to\s+${SPEAKER}\s*[,:]\s*`, 'iu');
const TRAILING = new RegExp(String.raw`\s*[,—–-]+\s*(?:${SPEAKER}\s+${SAID}|${SAID}\s+${SPEAKER})\s*$`, 'iu');
const QUOTED_FIRST = new RegExp(String.raw`^["“”„«»‘’'‹「『](.+?)[,.!?]?["“”«»’'›」』]\s*[,—–-]*\s*(?:${SPEAKER}\s+${SAID}|${SAID}\s+${SPEAKER})\s*$`, 'iu');
// "Putin: that's why we've come here", as quotes are credited in a list: capitalised words only before the colon.
const COLON_CREDIT = /^([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*:\s*/u;
// Typed in lower case, the words after the colon must be in quotation marks: "putin: 'that's why ...'".
const COLON_QUOTED = /^([\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3})\s*:\s*(?=["“”„«»‘’'‹「『])/u;
// What people write before a colon that is not who spoke: "quote: ...", "fact check: ...".
const NOT_A_CREDIT = /^(?:quote|quotes|quoted|claim|question|q|re|fact[\s-]*check|check|verify|context|source|sources|true|false|real|fake|rumou?r|headline|tweet|post|message|text|translation|update|edit|note|ps|tl;?dr|fyi|imo)$/iu;
const LABEL = new RegExp(String.raw`^(?:${NOT_A_CREDIT.source.slice(1, -1)})\s*:\s*(?=\S)`, 'iu');
// Words people start a message with before the claim: "so did Putin say ...", "wait, Kim said ...".
const LEAD_IN = /^(?:(?:so|wait|ok|okay|hey|hm+|um+|uh+|well|btw|yo|bro|guys|also|and|but|now|honestly|seriously|lol|omg)\b[\s,.!:…-]*)+(?=\S)/iu;
const DASH_CREDIT = /\s*[—–―]\s*([^"“”„«»‹›,.;:!?]{1,60})$/u;
// A hyphen typed for the dash, spaced ("... - tanabe"): one to three words after it. A quote may hold such a
// hyphen itself ("it's technology - satellites"), so the words after it count as a speaker only where the
// sources quote someone by them (`Claim.creditUnsure`).
const HYPHEN_CREDIT = /\s+-{1,2}\s+([\p{L}][\p{L}.'’-]*(?:\s+[\p{L}][\p{L}.'’-]*){0,2})$/u;

// A speaker phrase holds no verb of its own: "we will not" before "say" is part of a quote, not a speaker.
// (A word joined by a hyphen is part of a name, not a word of its own: "Do-hyun Kang", "Il-sung", "Hae-won".)
const NOT_A_SPEAKER = /(?<!-)\b(?:will|would|shall|should|can|could|may|might|must|not|never|no|do|does|did|to|is|are|was|were|be|been|have|has|had|that|this|it|we|i|you|they|if|when|and|or|but)\b(?!-)|n't\b/iu;

const NOBODY = /^(?:he|she|they|it|i|we|you|someone|somebody|anyone|anybody|nobody|who|one|people)$/iu;

/** The speaker phrase if it reads as one: at most six words, not a pronoun nor a lone article. */
function speakerOf(phrase: string | undefined): string | null | undefined {
  if (phrase === undefined) return undefined;
  const p = phrase.trim().replace(/\s+/gu, ' ');
  if (!p) return undefined;
  const words = p.split(' ');
  if (words.length > 6) return undefined;
  if (words.length === 1 && NOBODY.test(p)) return null;
  if (/^(?:a|an|the)$/iu.test(words[words.length - 1]!)) return undefined;
  // ("do thi hoa said ...", "did do van minh say ...": "Do" opening a name of three words or more is a family name,
  // the Vietnamese Đỗ; an auxiliary "do" never opens the words between a question's own auxiliary or the start
  // and "said", which the patterns above have already taken.)
  if (NOT_A_SPEAKER.test(words.length >= 3 && /^do$/iu.test(words[0]!) ? words.slice(1).join(' ') : p)) return undefined;
  return p;
}

// Chat words people put around a claim ("... lol", "omg did Putin say ..."): abbreviations and laughter only,
// never English words a quote could end or start with. Emoji go with them.
// So do the tokens a chat client writes into a message for a mention of a user, role or channel and for a
// custom emoji ("<@123>", "<#456>", "<:wave:789>"), and emoji typed by name (":thinking:"): no one's words.
const CHAT = String.raw`(?:lol+|lmf?ao+|rofl|(?:ha){2,}h?|(?:he){2,}|xd+|smh|omg|wtf|tbh|imo|imho|ngl|fr|idk|[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+|<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|:[a-z0-9_+-]+:)`;
const CHAT_AFTER = new RegExp(String.raw`(?:[\s,.!?…]+${CHAT})+[\s,.!?…]*$`, 'iu');
const CHAT_BEFORE = new RegExp(String.raw`^(?:${CHAT}[\s,.!?…]+)+`, 'iu');

/** The text without surrounding quotation marks, chat words, a final "?", "!" or "." and spaces, as often as they wrap it. */
function unwrap(text: string): string {
  let t = text.trim();
  for (let round = 0; round < 4; round++) {
    const before = t;
    t = ` ${t}`.replace(CHAT_AFTER, '').replace(/^ /u, '').replace(CHAT_BEFORE, '');
    t = t.replace(/[\s?!.…]+$/u, '').trim();
    // A quote typed with its own comma inside the marks: "X," Putin said.
    const first = t[0];
    if (first !== undefined && Object.hasOwn(OPEN_CLOSE, first)) {
      const last = t[t.length - 1]!;
      if (t.length > 1 && OPEN_CLOSE[first]!.includes(last)) t = t.slice(1, -1).trim();
    }
    // `` ... '' and '' ... '' (two characters each).
    if (/^(?:``|'')/u.test(t) && /''$/u.test(t) && t.length > 4) t = t.slice(2, -2).trim();
    t = t.replace(/[\s,?!.…]+$/u, '').trim();
    if (t === before) break;
  }
  return t;
}

const capitalised = (s: string): boolean => s.split(/\s+/u).filter((w) => /[\p{L}]/u.test(w)).every((w) => /^[^\p{L}]*[\p{Lu}]/u.test(w));

/**
 * Whether a claim framed with a capitalised verb is typed in capitals past its frame: every word of the speaker
 * capitalised and the words after the verb all in capitals, or every one of them capitalised too.
 */
function shouted(speaker: string, rest: string): boolean {
  if (!capitalised(speaker) || !/[\p{L}]/u.test(rest)) return false;
  return rest === rest.toUpperCase() || (rest.trim().split(/\s+/u).length >= 2 && capitalised(rest));
}

/**
 * The words after "told <someone>", likeliest first: up to a colon, comma, "that" or quotation mark after at
 * most three words when there is one, else after the first word and after the first two.
 */
function afterAddressee(rest: string): string[] {
  const marked = /^((?:[^\s"“”„«»‘’',.;:!?]+\s*){1,3}?)(?:[,:]\s*|\s+that\s+(?!['’]|s\b)|\s*(?=["“”„«»‘'‹]))(?=\S)/iu.exec(rest);
  if (marked) return [rest.slice(marked[0].length)];
  const words = rest.split(/\s+/u);
  return words.length > 3 ? [words.slice(1).join(' '), words.slice(2).join(' ')] : [];
}

/**
 * The readings of a typed claim, the likeliest first: with the attribution frame taken off (and, after
 * "said that", without "that", then with it: "that's why" and "that is the plan" keep theirs), then the
 * text as typed (a quote may itself hold "said"). Each reading is unwrapped of quotation marks and "?".
 */
export function readClaim(typed: string): Claim[] {
  const asTyped = unwrap(typed);
  // A frame before the words is looked for after any lead-in words ("so", "wait,") and label ("quote:"); a
  // frame after them, and the reading as typed, take the text as typed.
  const label = LABEL.exec(asTyped);
  const unlabelled = label ? unwrap(asTyped.slice(label[0].length)) : asTyped;
  const whole = unlabelled.replace(LEAD_IN, '');
  const out: Claim[] = [];
  const add = (words: string, speaker: string | null, asTyped = false, naming?: string, creditUnsure = false): void => {
    const w = unwrap(words);
    if (w && !out.some((c) => c.words === w && c.speaker === speaker)) out.push({ words: w, speaker, asTyped, ...(naming ? { naming } : {}), ...(creditUnsure ? { creditUnsure } : {}) });
  };
  // "X described Putin as a supplicant": the label is looked for, the naming clause checked around it.
  const naming = (re: RegExp): boolean => {
    const m = re.exec(whole);
    const speaker = m ? speakerOf(m[1]) : undefined;
    if (!m || speaker === undefined) return false;
    const rest = unwrap(whole.slice(m[0].length));
    for (const label of namingLabels(rest)) add(label, speaker, false, rest);
    return out.length > 0;
  };
  const framed = (re: RegExp): boolean => {
    const m = re.exec(whole);
    if (!m) return false;
    const speaker = speakerOf(m[1]);
    if ((re === COLON_CREDIT || re === COLON_QUOTED) && NOT_A_CREDIT.test(m[1]!.trim())) return false;
    const rest = whole.slice(m[0].length);
    if (speaker === undefined || !rest.trim()) return false;
    // "the Japan States would ...": a capitalised verb is part of a name, unless everything is in capitals
    // (or the claim is a question: "Did Putin Say ...").
    const verb = /^\s*(\S+)/u.exec(m[0].slice((m.index ?? 0) + m[0].indexOf(m[1]!) + m[1]!.length))?.[1] ?? '';
    // (Nor when the whole claim is typed with every word capitalised, or the words after the verb in capitals:
    // "Roe Said WE WILL STAY" is typed so, no name runs on into "Said".)
    if (re !== QUESTION && /^[\p{Lu}]/u.test(verb) && whole !== whole.toUpperCase() && !shouted(m[1]!, rest)) return false;
    // "Putin told Kim: ...", "did Kim tell Putin that ...": the one told is not part of the words.
    if (/\b(?:told|tell)\s*$/iu.test(m[0])) for (const words of afterAddressee(rest)) add(words, speaker);
    const that = /^that\s+(?!['’]|s\b)/iu.exec(rest);
    if (that) add(rest.slice(that[0].length), speaker);
    add(rest, speaker);
    return true;
  };
  if (!framed(QUESTION) && !framed(ACCORDING) && !framed(STATEMENT) && !naming(NAMING_QUESTION) && !naming(NAMING) && !framed(COLON_CREDIT) && !framed(COLON_QUOTED)) {
    const q = QUOTED_FIRST.exec(unlabelled);
    const t = q ? null : TRAILING.exec(unlabelled) ?? DASH_CREDIT.exec(unlabelled);
    if (q) {
      const speaker = speakerOf(q[2] ?? q[3]);
      if (speaker !== undefined && q[1]!.trim()) add(q[1]!, speaker);
    } else if (t) {
      const speaker = speakerOf(t[1] ?? t[2]);
      const rest = unlabelled.slice(0, t.index);
      if (speaker !== undefined && rest.trim()) add(rest, speaker);
    } else {
      const h = HYPHEN_CREDIT.exec(unlabelled);
      const speaker = h ? speakerOf(h[1]) : undefined;
      const rest = h ? unlabelled.slice(0, h.index) : '';
      if (speaker && rest.trim()) add(rest, speaker, false, undefined, true);
    }
  }
  // "quote: X": X is what is typed.
  if (label && !out.length) add(unlabelled, null);
  add(asTyped, null, true);
  return out;
}

/**
 * The labels a naming claim may give after its verb, likeliest first: the words after "as" when an object of
 * one to four words stands before it ("putin as a supplicant"), else the words after an object of one word or
 * of two ("kim a supplicant and putin a salesman", "the summit a sideshow"), two or three after an article.
 */
function namingLabels(rest: string): string[] {
  const words = rest.split(/\s+/u).filter(Boolean);
  const as = words.findIndex((w, i) => i >= 1 && i <= 4 && w.toLowerCase() === 'as');
  // (An object opening with an article or a possessive is two words at least: "the council a crew".)
  const from = /^(?:the|a|an|his|her|its|their|my|our|your)$/iu.test(words[0] ?? '') ? 2 : 1;
  const labels = as > 0 ? (as + 1 < words.length ? [words.slice(as + 1).join(' ')] : []) : [from, from + 1].filter((k) => words.length - k >= 1).map((k) => words.slice(k).join(' '));
  // Two namings joined ("kim a supplicant and putin a salesman"): the first label alone is looked for too.
  return [...labels, ...labels.map((l) => l.split(/\s+and\s+/iu)[0]!).filter((l, i) => l !== labels[i])];
}
