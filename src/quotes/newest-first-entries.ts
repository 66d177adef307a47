/**
 * A live blog told newest first: each entry opens under its time ("09:10 BST", alone or at the head of the
 * entry's first paragraph), and the times fall down the page. An entry's "he said" or "she added" then means
 * someone its own words or the entries below it (written earlier) name, never one the entry above (written
 * later) names; the reading, which goes down the page, only has the entries above at hand. A quote credited by a
 * pronoun, or carried on from one, to someone its own entry never names is left to no one.
 */
import { genderOfName, type LocalSpeaker } from './local-speaker.ts';
import type { QuoteRecord } from './quote-record.ts';
import { scanNameMentions } from './name-mentions.ts';
import { commonWordNotName, firstNameGender } from './first-names.ts';

// An entry's time: hours and minutes, a clock's "am"/"pm" and a time zone maybe, in emphasis or not, alone in its
// paragraph or opening it before the entry's first word.
const STAMP = /^[\s*_]*(\d{1,2})[:.](\d{2})(?:[ \t]?([AaPp])\.?[Mm]\.?)?(?:[ \t]+(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT|KST|JST|MSK|AEST|AEDT))?[\s*_]*(?:$|[—–-]\s|:\s|(?<=[\s*_])(?=["“‘]?[\p{Lu}]))/u;

/** The minutes into the day of the time a paragraph opens with, or null. */
function stampMinutes(text: string): number | null {
  const m = STAMP.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  if (m[3] && /[Pp]/u.test(m[3]) && h < 12) h += 12;
  if (m[3] && /[Aa]/u.test(m[3]) && h === 12) h = 0;
  return h * 60 + min;
}

/**
 * The paragraphs (indices into `texts`) that open an entry, when the document is a blog told newest first: three
 * entry times or more, each earlier than the one above it. Else null.
 */
export function newestFirstEntries(texts: readonly string[]): number[] | null {
  const starts: number[] = [];
  const times: number[] = [];
  texts.forEach((t, i) => {
    const m = stampMinutes(t);
    if (m === null) return;
    starts.push(i);
    times.push(m);
  });
  if (starts.length < 3 || !times.every((t, i) => i === 0 || t < times[i - 1]!)) return null;
  return starts;
}

/** Whether the text names `s`: a word of one of its names (a capitalised word of three letters or more) or a head noun of its roles. */
function namesSpeaker(text: string, s: LocalSpeaker): boolean {
  const words = new Set(text.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean));
  const nameWords = s.names.flatMap((n) => n.split(/[\s-]+/u)).filter((w) => /^[\p{Lu}][\p{L}'’]{2,}$/u.test(w));
  return nameWords.some((w) => words.has(w.toLowerCase())) || [...s.heads].some((h) => words.has(h) || words.has(`${h}s`));
}

// An entry's heading after its time, a dash and a speaker's name with a colon: "13:50 BST – Mara Voss: no deal this
// week". The name (one to three capitalised words, no sentence's full stop) is the one whose words the entry gives.
const HEADING_NAME = /^[\s*_]*\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t]*[—–-][ \t]+([\p{Lu}][\p{L}'’-]+(?:[ \t][\p{Lu}][\p{L}'’-]+){0,2}):[ \t]/u;

/** The speaker's name an entry's stamp paragraph gives as its heading ("09:10 BST – NAME: ..."), or null. */
export function entryHeadingName(text: string): string | null {
  const name = HEADING_NAME.exec(text)?.[1];
  // (Not a heading's common word before its colon: "Summary: what we know", "Update: ...".)
  return name && !name.split(/\s+/u).some((w) => commonWordNotName(w)) ? name : null;
}

// The "he" or "she" of the credit right after a quote's closing mark ('"...," he told ...').
const CREDIT_PRONOUN = /^[^.!?"“”«»]{0,40}?\b(he|she)\b/iu;

// A writer's line in an entry: its byline ("*By NAME*") or the correspondent's lead-in ("Our Moscow correspondent
// NAME reports:"), whose names are no one the entry quotes.
const WRITER_LINE = /^[\s*_]*(?:By\s+[^.!?"“”]{2,60}|(?:Our|From\s+our)\s+[^.!?"“”]{2,80}\s(?:reports|writes|adds)\s*:?)[\s*_]*$/u;

/** The sex of the "he" or "she" crediting a record in its own sentence, right after its words, or null. */
function creditSex(r: QuoteRecord): 'm' | 'f' | null {
  // (Read in the quote's own sentence, past its words: the paragraph as written may hold a stamp the reading dropped.)
  const end = r.quote.sentence.indexOf(r.quote.quote);
  if (end < 0) return null;
  const pronoun = CREDIT_PRONOUN.exec(r.quote.sentence.slice(end + r.quote.quote.length).replace(/^[,.!?]?["”’»“]?/u, ''))?.[1]?.toLowerCase();
  return pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
}

/** The sex a full name tells by the lexicon or, failing it, by the lists of first names ("Ivo Selten"), or null. */
export function nameSex(name: string): 'm' | 'f' | null {
  const words = name.split(/\s+/u);
  return genderOfName(name) ?? (words.length >= 2 ? firstNameGender(words[0]!.toLowerCase()) : null);
}

/** Whether `lines` name in full someone other than `heading` whose sex is not known to be the other than `sex`. */
function namesOtherOfSex(lines: readonly string[], heading: string, sex: 'm' | 'f'): boolean {
  const own = heading.toLowerCase().split(/\s+/u);
  return scanNameMentions([...lines]).some((m) => !own.includes(m.words.at(-1)!) && (nameSex(m.name) ?? sex) === sex);
}

/**
 * Leaves to no one each quote of a blog told newest first (`texts` its paragraphs, as written, stamps and all)
 * credited by a pronoun or carried on from one to someone its own entry does not name before it. `paragraphOf`
 * gives a record's paragraph index into `texts`. When the entry's heading names a speaker ("13:50 BST – NAME:
 * ...") and `headingPerson` finds that person (not of the other sex than the pronoun), the entry's "he said" is
 * that person's instead, and so are the quotes carried on from it.
 */
export function uncreditAcrossNewerEntries(texts: readonly string[], records: readonly QuoteRecord[], paragraphOf: (r: QuoteRecord) => number, headingPerson?: (name: string, n: number, sex: 'm' | 'f') => LocalSpeaker | null): void {
  const starts = newestFirstEntries(texts);
  if (!starts) return;
  // (The one a heading gave a pronoun's quote to, by the speaker the reading had given it, for the quotes carried on.)
  const moved = new Map<LocalSpeaker, { to: LocalSpeaker; start: number }>();
  for (const r of records) {
    const n = paragraphOf(r);
    const start = starts.findLast((s) => s <= n);
    if (start === undefined) continue;
    // (A "he said" the reading left to no one, in an entry whose own lines name no one else the pronoun may be.)
    if (!r.local && r.path === 'pronoun: none' && headingPerson) {
      const heading = entryHeadingName(texts[start]!);
      const sex = heading ? creditSex(r) : null;
      const body = texts.slice(start + 1, n).concat(texts[n]!.slice(0, r.span.open)).filter((t) => !WRITER_LINE.test(t));
      const person = heading && sex && !namesOtherOfSex(body, heading, sex) ? headingPerson(heading, n, sex) : null;
      if (person) {
        r.local = person;
        r.path = 'pronoun: the one the entry heading names (the blog is told newest first)';
      }
      continue;
    }
    if (!r.local || !/^(?:pronoun|continuation)/u.test(r.path ?? '')) continue;
    const entry = [...texts.slice(start, n), texts[n]!.slice(0, r.span.open)].join('\n');
    if (namesSpeaker(entry, r.local)) continue;
    const carried = moved.get(r.local);
    if (carried && carried.start === start && (r.path ?? '').startsWith('continuation')) {
      r.local = carried.to;
      r.path = 'continuation: the one the entry heading names (the blog is told newest first)';
      continue;
    }
    const heading = headingPerson && (r.path ?? '').startsWith('pronoun') ? entryHeadingName(texts[start]!) : null;
    const sex = heading ? creditSex(r) : null;
    const person = heading && sex ? headingPerson!(heading, n, sex) : null;
    if (person) {
      moved.set(r.local, { to: person, start });
      r.local = person;
      r.path = 'pronoun: the one the entry heading names (the blog is told newest first)';
      continue;
    }
    r.local = null;
    r.path = 'pronoun: none (the entry names no one; the blog is told newest first)';
  }
}
