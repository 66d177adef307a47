/**
 * Words of a post, message, video or statement that the sentence's subject only passed on: `NAME retweeted a post
 * from the director NAME2: "..."`, `NAME reposted a statement by his club: "..."`, `NAME shared a video of NAME2
 * saying that taxes would "..."`, `NAME posted a video of the farmer NAME2 saying "..."`, `NAME quoted a post by NAME2 that promised "..."`. The grammar gives the words to the
 * subject who shared them; they are the author's, told only inside the object, so nobody is credited (a wrong
 * speaker is worse than none).
 */

// A verb of passing on what others posted, its object a post (or message, video, statement ...) owned by another:
// "of/by/from SOMEONE" after the noun, or a possessive of a name or a description before it ("a fan's message",
// "the mayor's post"; not "his"/"her"/"their", which may be the subject's own). The object runs up to the quote
// through no stop, colon excepted at its very end, and no other quote.
const PASSED_ON = /\b(?:shared|shares|sharing|re-?shared|re-?posted|re-?posts|re-?posting|retweeted|retweets|retweeting|quote-tweeted|quote-tweets|forwarded|forwards|forwarding|amplified|amplifies|amplifying|circulated|circulates|pinned|quoted|quotes|quoting)\s+(?:(?:a|an|the|this|that|one)\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}[\p{L}-]+(?:['’]s|s['’])\s+|[\p{Ll}-]+(?:['’]s|s['’])\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:post|posts|tweet|tweets|message|messages|video|videos|clip|clips|statement|photo|picture|caption|comment|thread|story|reel|update|screenshot)\b([^;:.!?"“”_]{0,140}):?\s*,?\s*$/u;

// The object's owner: "of", "by" or "from" someone right after the noun (or after a place it was posted on); not a
// time ("his own message from 2019", "a post from last week").
const OWNER_AFTER = /^\s+(?:(?:on|to|in)\s+(?:[\p{Lu}][\p{L}-]*|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+)?(?:of|by|from)\s+(?!\d|(?:last|this|that|the\s+(?:day|week|month|year))\b)\S/u;
// A possessive before the noun: a name or a description owning it ("a fan's", "the mayor's", "NAME's").
const OWNER_BEFORE = /(?:[\p{L}-]['’]s|s['’])\s+(?:[\p{Ll}-]+\s+){0,2}?(?:post|posts|tweet|tweets|message|messages|video|videos|clip|clips|statement|photo|picture|caption|comment|thread|story|reel|update|screenshot)\b[^;:.!?"“”_]*$/u;

// The subject's own words after all: a verb of its own after the object ("and wrote:", ", adding:", ", writing:", "and said"), or
// (not ", saying", which may as well hang on a name set off in the object: "a video of the premier, NAME, saying"),
// a relative clause whose own subject speaks ("the message of a nurse, NAME, who wrote that ..."), which other
// readers credit, or words the subject put with it ("reposted a clip of the mayor with the comment:").
const OWN_VERB_AFTER = /(?:,\s*|\band\s+|\bthen\s+)(?:(?:also|later|simply)\s+)?(?:wrote|writes|writing|said|says|added|adds|adding|commented|comments|commenting|replied|asked|told|posted|posting|tweeted|tweeting)\b|\b(?:who|whom)\b|\bwith\s+(?:the|a|an|his|her|their|its|these|those)\s+(?:[\p{Ll}-]+\s+)?(?:comments?|captions?|words|messages?|notes?|remarks?|lines?)\b/u;

/**
 * Whether the words before a quote in its sentence (`before`, other quotes blanked) show the quote is the text of a
 * post, message, video or statement by another that the subject only shared, reposted or quoted.
 */
export function passedOnPost(before: string): boolean {
  return passingVerbAt(before) >= 0;
}

/**
 * Where, in `before`, the verb of passing on another's post stands (as `passedOnPost` reads it); -1 if nowhere. A
 * credit after it is the post's owner, read inside the object ("shared a post by his sister, Lena:"), and stands.
 */
// One who posts or uploads a video or clip of another shown saying the words only passes them on: `NAME posted a
// video of the farmer NAME2 saying "..."` (not "posted a photo of her meal and tagged NAME:", her own words).
const POSTED_OF_SAYING = /\b(?:posted|posts|posting|uploaded|uploads|uploading)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:video|videos|clip|clips|recording|footage)\s+of\s+[^;:.!?"“”_]{1,80}?\s+(?:saying|telling|shouting|calling)\b[^;:.!?"“”_]{0,60}$/u;

export function passingVerbAt(before: string): number {
  const posted = POSTED_OF_SAYING.exec(before);
  if (posted) return posted.index;
  const m = PASSED_ON.exec(before);
  if (!m) return -1;
  const tail = m[1]!;
  if (OWN_VERB_AFTER.test(tail)) return -1;
  return OWNER_AFTER.test(tail) || OWNER_BEFORE.test(before.slice(m.index)) ? m.index : -1;
}
