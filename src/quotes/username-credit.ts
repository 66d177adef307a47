/**
 * A forum's or a social network's user credited by the handle: `User kp_watcher wrote: "..."`, `A user posting
 * as Linden88 wrote that the timetable was "..."`, `"...," replied another user, grey_signal.`, and a handle
 * alone as the subject (`kp_watcher answered: "..."`) when it has the shape no word or name has (an underscore,
 * or a lowercase opening with a digit or underscore in it). The handle names a person, whatever digits it holds
 * ("Linden88" is no body because of its "88").
 */
const HANDLE = String.raw`@?[\p{L}\d][\p{L}\d_.-]{1,29}`;
const VERB = String.raw`(?:wrote|writes|posted|posts|replied|replies|answered|answers|commented|comments|added|adds|said|says|tweeted|tweets|responded|responds|asked|asks)`;
const USER = String.raw`(?:(?:[Aa]|[Oo]ne|[Aa]nother|[Tt]he)\s+)?(?:(?:forum|site|board|Reddit|X|Twitter|Telegram|TikTok)\s+)?(?:[Uu]ser(?:name)?|[Cc]ommenter|[Pp]oster|[Hh]andle)`;
/** "User NAME wrote: ", "A user posting as NAME wrote that the plan was ": a user named, then a verb of writing. */
const USER_BEFORE = new RegExp(String.raw`(?:^|[\s(])${USER}(?:\s+(?:posting|writing|going|known)\s+(?:as|by|under)(?:\s+the\s+(?:name|handle))?)?,?\s+(${HANDLE}),?\s+(?:(?:also|then|later|quickly)\s+)?${VERB}\b(?:\s+that\b[^;:!?"“”_]*|[^;:!?"“”_.]{0,40}?)?\s*[,:]?\s*$`, 'u');
/** A handle of a shape no word has opening the sentence, then a verb of writing: "kp_watcher answered: ". */
const HANDLE_BEFORE = new RegExp(String.raw`^\s*(?:(?:But|And|Then|Later)\s+)?(@?(?:[\p{Ll}][\p{L}\d]*[_\d]|[\p{L}][\p{L}\d]*_)[\p{L}\d_.-]*)\s+(?:(?:also|then|later|quickly)\s+)?${VERB}\b\s*[,:]?\s*$`, 'u');
/** `, replied another user, grey_signal.` after the quote. */
const USER_AFTER = new RegExp(String.raw`^\s*,?\s*${VERB}\s+${USER},?\s+(${HANDLE})\s*[.;]?\s*$`, 'u');

/** The handle that credits the quote (`before` and `after`: the sentence before and after it, quotes masked), or null. */
export function usernameCredit(before: string, after: string | null): string | null {
  const m = USER_BEFORE.exec(before) ?? HANDLE_BEFORE.exec(before) ?? (after !== null ? USER_AFTER.exec(after) : null);
  if (!m) return null;
  const handle = m[1]!.replace(/[.]+$/u, '');
  // A plain lowercase word after "user" is a compound's ("the user manual said"), no handle.
  if (/^[\p{Ll}]+$/u.test(handle)) return null;
  return handle.replace(/^@/u, '');
}
