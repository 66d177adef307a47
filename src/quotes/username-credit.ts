/**
 * A forum's or a social network's user credited by the handle: `User kp_watcher wrote: "..."`, `A user posting
 * as Linden88 wrote that the timetable was "..."`, `"...," replied another user, grey_signal.`, and a handle
 * alone as the subject (`kp_watcher answered: "..."`) when it has the shape no word or name has (an underscore,
 * or a lowercase opening with a digit or underscore in it). The handle names a person, whatever digits it holds
 * ("Linden88" is no body because of its "88").
 * A Reddit-style handle with its "u/" ("u/kp_watcher") is a handle whatever its shape, wherever it stands as the
 * subject of the clause before the quote (`When u/a argued that "...," u/b shot back: "..."`) or after a verb
 * after it (`"...," replied u/kp_watcher, a retired pilot.`). A clause or description set off by commas may
 * stand between the handle and its verb (`A user posting as Linden88, who said she ..., wrote that ...`), and
 * "a user called NAME" names one as "posting as" does.
 */
const HANDLE = String.raw`@?[\p{L}\d][\p{L}\d_.-]{1,29}`;
const VERB = String.raw`(?:wrote|writes|posted|posts|replied|replies|answered|answers|commented|comments|added|adds|said|says|tweeted|tweets|responded|responds|asked|asks|argued|argues|countered|counters|shot\s+back|fired\s+back|disagreed|disagrees|objected|objects|retorted|retorts|joked|jokes|quipped|quips|noted|notes)`;
// (A verb of taking a side or of answering back is as much one of writing on a forum: "u/NAME disagreed: ", "u/NAME
// retorted: "; a colon or "that" after it puts the quote as what was written.)
const USER = String.raw`(?:(?:[Aa]|[Oo]ne|[Aa]nother|[Tt]he)\s+)?(?:(?:forum|site|board|Reddit|X|Twitter|Telegram|TikTok)\s+)?(?:[Uu]ser(?:name)?|[Cc]ommenter|[Pp]oster|[Hh]andle)`;
/** A clause or description set off by commas after the handle, before its verb: ", who said she ..., ". */
const SET_OFF = String.raw`(?:,\s+(?:who|a|an|the)\b[^,;:!?"“”_]{1,100},\s+|,?\s+)`;
/** The verb and what may follow it before the quote: "wrote: ", "wrote that the plan was ". */
const VERB_TAIL = String.raw`(?:(?:also|then|later|quickly)\s+)?${VERB}\b(?:\s+that\b[^;:!?"“”_]*|[^;:!?"“”_.]{0,40}?)?\s*[,:]?\s*$`;
/** "User NAME wrote: ", "A user posting as NAME wrote that the plan was ": a user named, then a verb of writing. */
const USER_BEFORE = new RegExp(String.raw`(?:^|[\s(])${USER}(?:\s+(?:(?:posting|writing|going|known)\s+(?:as|by|under)(?:\s+the\s+(?:name|handle))?|called|named))?,?\s+(${HANDLE})${SET_OFF}${VERB_TAIL}`, 'u');
/** A handle of a shape no word has opening the sentence, then a verb of writing: "kp_watcher answered: ". */
const HANDLE_BEFORE = new RegExp(String.raw`^\s*(?:(?:But|And|Then|Later)\s+)?(@?(?:[\p{Ll}][\p{L}\d]*[_\d]|[\p{L}][\p{L}\d]*_)[\p{L}\d_.-]*)\s+(?:(?:also|then|later|quickly)\s+)?${VERB}\b\s*[,:]?\s*$`, 'u');
/** A "u/" handle as the subject of the last clause before the quote: "When ..., u/kp_watcher shot back: ". */
// (After its verb only a "that" clause or a few lowercase words, none a thing shown that holds others' words:
// "u/kp_watcher posted a clip of the speech:" quotes the speech.)
const REDDIT_BEFORE = new RegExp(String.raw`(?:^|[\s(,])/?u/([\p{L}\d][\p{L}\d_-]{1,29})${SET_OFF}(?:(?:also|then|later|quickly)\s+)?${VERB}\b(?:\s+that\b[^;:!?"“”_]*|(?!(?:\s+[\p{Ll}]+){0,4}?\s+(?:clip|link|video|screenshot|transcript|excerpt|photo|article|quote|quotes|remarks|words|statement)s?\b)(?:\s+[\p{Ll}]+){0,4}?)\s*[,:]?\s*$`, 'u');
/** `, replied another user, grey_signal.` after the quote; `, replied u/grey_signal, a retired pilot.` */
const USER_AFTER = new RegExp(String.raw`^\s*,?\s*${VERB}\s+(?:${USER},?\s+(${HANDLE})|/?u/([\p{L}\d][\p{L}\d_-]{1,29})(?:,\s+(?:a|an|the|who)\b[^;:!?"“”_]{1,100})?)\s*[.;]?\s*$`, 'u');
/** `, u/grey_signal said.` after the quote; `"...?" u/grey_signal asked.` (a question asked is written as any reply is). */
const REDDIT_AFTER = /^\s*,?\s*\/?u\/([\p{L}\d][\p{L}\d_-]{1,29})\s+(?:wrote|writes|replied|replies|said|says|added|adds|answered|answers|posted|posts|commented|comments|asked|asks|retorted|retorts|countered|counters|joked|jokes|quipped|quips|noted|notes|argued|argues)\s*[.;]?\s*$/u;

/**
 * `u/NAME quoted the mayor's answer, "...," and added: `: a verb of writing joined by "and" to the clause the
 * handle opens as subject, the colon closing it before the quote. Nothing between may bring in another subject: no
 * relative word, no second handle, no other clause joined before ("..., and the mayor replied:" has its own). A
 * quote inside the clause is read masked (its words blanked to underscores).
 */
const REDDIT_JOINED = /(?:^|[\s(,])\/?u\/([\p{L}\d][\p{L}\d_-]{1,29})\s+((?:[\p{Ll}]+ly\s+)?[\p{Ll}]+(?:ed|ote|aid|ave)\b(?:[^;:!?_"“”]|["“]_+){0,200}?)(?:,["”]?|["”],?)\s+and\s+(?:(?:then|also|later)\s+)?(?:added|wrote|replied|said|posted|commented)\s*:\s*$/u;
const JOINED_BREAK = /\b(?:who|whom|whose|which|and|but|while|whereas)\b|\/?u\/[\p{L}\d]/u;

/** The handle that credits the quote (`before` and `after`: the sentence before and after it, quotes masked), or null. */
export function usernameCredit(before: string, after: string | null): string | null {
  // (The "u/" is looked for only in text that has it.)
  const reddit = before.includes('u/') ? REDDIT_BEFORE.exec(before) : null;
  if (reddit) return reddit[1]!;
  const redditAfter = after?.includes('u/') ? REDDIT_AFTER.exec(after) : null;
  if (redditAfter) return redditAfter[1]!;
  const joined = before.includes('u/') ? REDDIT_JOINED.exec(before) : null;
  if (joined && !JOINED_BREAK.test(joined[2]!)) return joined[1]!;
  const m = USER_BEFORE.exec(before) ?? HANDLE_BEFORE.exec(before) ?? (after !== null ? USER_AFTER.exec(after) : null);
  if (!m) return null;
  if (m[2]) return m[2];
  const handle = m[1]!.replace(/[.]+$/u, '');
  // A plain lowercase word after "user" is a compound's ("the user manual said"), no handle.
  if (/^[\p{Ll}]+$/u.test(handle)) return null;
  return handle.replace(/^@/u, '');
}

// A handle of a shape no word or name has: a "u/" one, or one with an underscore, or a lowercase opening with a digit.
const SHAPED_HANDLE = String.raw`(?:\/?u\/([\p{L}\d][\p{L}\d_-]{1,29})|@?((?:[\p{Ll}][\p{L}\d]*[_\d]|[\p{L}][\p{L}\d]*_)[\p{L}\d_-]*))`;
/** The sentence before the quote ends in a handle and a clause that calls its user "they": ", who says they work in ...". */
const THEY_USER = new RegExp(String.raw`${SHAPED_HANDLE},\s+who\s+(?:says|said|writes|wrote|describes\s+themselves|described\s+themselves)\s+(?:they|as)\b[^.!?"“”;]*[.!?]\s*$`, 'u');
/** `, they wrote.` after the quote. */
const THEY_AFTER = /^\s*,?\s*they\s+(?:wrote|writes|said|says|added|adds|replied|replies|posted|posts|commented|comments)\s*[.;]?\s*$/u;

/**
 * A forum user the text itself calls "they" (`u/kp_watcher, who says they work in shipping.`), credited by "they"
 * after a quote that opens the next sentence (`"...," they wrote.`): news writing gives a user of unknown sex, or
 * one who asks for it, the singular "they", and the clause right before says so of this one user. `before` is the
 * paragraph up to the quote's sentence, `after` the words after the quote.
 */
export function singularTheyHandle(before: string, after: string | null): string | null {
  if (after === null || !THEY_AFTER.test(after)) return null;
  const m = THEY_USER.exec(before);
  if (!m) return null;
  // (Not when the sentence joins a second user or person to the first, or "they" to others: in `u/x, who says they
  // work in shipping, and u/y argued.` or `..., who says they and their colleagues were never told.` the "they"
  // after the quote may be several.)
  const rest = m[0].slice(m[0].indexOf(',') + 1);
  if (new RegExp(SHAPED_HANDLE, 'u').test(rest) || /\b(?:and|with|or)\s+(?:[\p{Lu}]|@|u\/|(?:the|his|her|their|a|an|other|others|several|many|some)\b)/u.test(rest) || /\bthey\s+(?:and|or|both|all)\b/u.test(rest)) return null;
  return m[1] ?? m[2] ?? null;
}
