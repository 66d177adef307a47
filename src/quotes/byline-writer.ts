/**
 * The writer a byline names: "By Jane Roe" (or a blog's "Posted by Jane Roe, ROLE") standing alone as one of a
 * document's first paragraphs. In a piece with one named writer, the narration's "I" is that writer ("I wrote at
 * the time that ... "..."").
 */
import { parseSpeakerPhrase } from './speaker-phrases.ts';

// One person only: "By Jane Roe and John Doe", "By Jane Roe, Reuters" name no single writer.
// (Perhaps in emphasis marks, and with the writer's role after a comma in lowercase: "*By Jane Roe, field
// coordinator, north region*" is one writer still.)
const BYLINE = /^\s*[*_]{0,2}By\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)(?:,\s+[\p{Ll}][^*_]*)?[*_]{0,2}\s*$/u;
// A blog's byline: "Posted by Jane Roe, Senior Lecturer in History, University of Kell", its writer's role after a
// comma in any case (a blog's post has one writer; no "and" may join a second).
const POSTED_BY = /^\s*[*_]{0,2}(?:Posted|Written)\s+by\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)(?:,\s+(?![^*_]*\band\s+[\p{Lu}])[^*_]*)?[*_]{0,2}\s*$/u;
/** How many of the first paragraphs a byline may stand in (a title, a standfirst, a dateline before it). */
const BYLINE_WITHIN = 4;

// A piece that says someone else wrote it: "This week's guest post is by Dr NAME", "Today's post comes from NAME",
// "a guest column". The byline is the editor's or the blog's; the narration's "I" is the guest, so no one.
const OTHER_WRITER = /\bguest\s+(?:post|blog|column|piece|writer|author|contributor|essay)s?\b|\b(?:this|today['’]s|this\s+week['’]s|the\s+following)\s+(?:post|piece|column|essay|article)\s+(?:is|was|comes|came)\s+(?:written\s+)?(?:by|from)\b/iu;

/**
 * The single person's name a byline among the first paragraphs gives, or null (null too when an opening paragraph
 * says the piece is someone else's: a guest post under the editor's byline).
 */
export function bylineWriter(paragraphs: readonly string[]): string | null {
  if (paragraphs.slice(0, BYLINE_WITHIN + 2).some((p) => OTHER_WRITER.test(p))) return null;
  for (const p of paragraphs.slice(0, BYLINE_WITHIN)) {
    const m = BYLINE.exec(p) ?? POSTED_BY.exec(p);
    if (!m) continue;
    const parsed = parseSpeakerPhrase(m[1]!);
    return parsed?.type === 'name' && parsed.kind === 'person' && /\s/u.test(parsed.name) ? parsed.name : null;
  }
  return null;
}
