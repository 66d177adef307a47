import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';

// chrono-node is loaded on first need: most articles' dates are read by the patterns alone, and loading it
// costs a fifth of a second at every start.
const require = createRequire(import.meta.url);
let chronoModule: typeof Chrono | undefined;
function chrono(): typeof Chrono {
  return (chronoModule ??= require('chrono-node') as typeof Chrono);
}
import type { Precision, Qualifier } from '../types.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-words.ts';

/**
 * Finds the dates a sentence of a news article refers to and resolves them the way a reader on the day of
 * publication would. Own patterns come first (they know bare years, "late/early/mid", month precision and the
 * tense of the sentence); chrono-node is asked afterwards, only for day-precise dates the patterns left over.
 *
 * Conventions, so that every date fits YYYY, YYYY-MM or YYYY-MM-DD:
 * - a decade ("the 1950s") is its first year at year precision, with `end` its last year;
 * - a range ("September 13–17, 2023", "1950–53") is its first day/month/year, with `end` the last one;
 * - "since 2019" is 2019 (the start of the span); the word "since" stays in the expression.
 * Durations ("four hours", "for two years"), ages and ordinals ("the 75th anniversary") are never dates.
 */

export interface DateMention {
  /** YYYY, YYYY-MM or YYYY-MM-DD per precision. */
  date: string;
  precision: Precision;
  qualifier: Qualifier;
  /** The words of the sentence that say it, verbatim. */
  expression: string;
  /** Last day/month/year of a range or decade, same format as `date`. */
  end?: string;
  /** Where the expression starts in the sentence. */
  index: number;
  /** The date of a dateline ("SEOUL, Sept 14 (Agency) -"): when the article was filed, not an event. */
  dateline?: boolean;
}

type Tense = 'past' | 'future' | 'neutral';

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

// Abbreviations only count with their period, or right before a day number: "Mar" and "Jun" alone are words.
const MONTH_FULL = MONTH_NAMES;
const MONTH_ABBR = MONTH_ABBREVIATIONS;
const MONTH = `(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\.|(?:${MONTH_ABBR})(?=\\s+\\d))`;
const WEEKDAY = WEEKDAY_NAMES;
const DAY = '\\d{1,2}(?:st|nd|rd|th)?(?!\\p{N})';
const YEAR = '\\d{4}(?!\\p{N})';
const DASH = '\\s*[-–—‑]\\s*';
const QUAL = '(?:(?:early|late|mid)(?:\\s*-\\s*|\\s+)|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** The patterns, most specific first; a later pattern never takes words an earlier one took. */
const PATTERNS: { kind: string; re: RegExp }[] = [
  { kind: 'iso', re: new RegExp(`${B}(\\d{4})[-/](\\d{2})[-/](\\d{2})${E}`, 'gu') },
  // September 13–17, 2023 / September 30–October 2, 2023
  { kind: 'mdRange', re: new RegExp(`${B}(?:(?:${WEEKDAY}),?\\s+)?(${MONTH})\\s*(${DAY})${DASH}(?:(${MONTH})\\s*)?(${DAY})(?:,?\\s+(${YEAR}))?${E}`, 'gu') },
  // 13–17 September 2023
  { kind: 'dmRange', re: new RegExp(`${B}(${DAY})${DASH}(${DAY})\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(${YEAR}))?${E}`, 'gu') },
  // Wednesday, September 13, 2023 / Sept. 12
  { kind: 'md', re: new RegExp(`${B}(?:(${WEEKDAY}),?\\s+)?(${MONTH})\\s*(${DAY})(?:,?\\s+(${YEAR}))?${E}`, 'gu') },
  // 13 September 2023 / the 13th of September
  { kind: 'dm', re: new RegExp(`${B}(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?(${DAY})\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(${YEAR}))?${E}`, 'gu') },
  // late July 2023 / April 2019 / May of 2019
  { kind: 'my', re: new RegExp(`${B}(${QUAL})?(${MONTH}),?\\s+(?:of\\s+)?(${YEAR})${E}`, 'gu') },
  // the 1950s / early 1990s / the '90s
  { kind: 'decade', re: new RegExp(`${B}(?:the\\s+)?(${QUAL})?(?:(\\d{3}0)|['’](\\d0))s${E}`, 'gu') },
  // 1950–53 / 2019-2020
  { kind: 'yearRange', re: new RegExp(`${B}(${YEAR})${DASH}(\\d{4}|\\d{2})${E}`, 'gu') },
  // late last year / earlier this month / the previous year
  { kind: 'relative', re: new RegExp(`${B}(${QUAL}|(?:earlier|later)\\s+)?(last|this|next|the\\s+previous)\\s+(month|year)${E}`, 'giu') },
  // a month prior / two years ago / three days earlier
  { kind: 'ago', re: new RegExp(`${B}(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+(day|week|month|year|decade)s?\\s+(ago|earlier|prior)${E}`, 'giu') },
  { kind: 'previousDay', re: new RegExp(`${B}(?:the\\s+previous\\s+day|the\\s+day\\s+before(?=\\s*(?:[.,;:!?)"”]|$)))`, 'giu') },
  { kind: 'deictic', re: new RegExp(`${B}(?:yesterday|today|tomorrow)${E}`, 'giu') },
  // last Wednesday / Wednesday
  { kind: 'weekday', re: new RegExp(`${B}(?:(last|next|this|coming)\\s+)?(${WEEKDAY})${E}`, 'gu') },
  // late July / in May / last May
  { kind: 'month', re: new RegExp(`${B}(?:(last|next|this|coming)\\s+)?(${QUAL})?(${MONTH})${E}`, 'gu') },
  // mid-2022 / in 2016 / since 2019
  { kind: 'year', re: new RegExp(`${B}(${QUAL})?(${YEAR})${E}`, 'gu') },
];

// A bare month name needs a word that makes it a time ("in May", "May and August"); "Theresa May" has none.
const MONTH_CONTEXT = /(?:^|[\s(])(?:in|on|since|by|until|till|through|throughout|from|during|of|and|or|to|between|before|after|for|around|early|late|mid|last|next|this|coming|as\s+of)\s*$/iu;
// Quantities that look like years: "about 2000 troops", "resolution 2087", "$1950".
const YEAR_BEFORE_BLOCK = /(?:[$€£¥#]|\b(?:no\.|number|resolutions?|flight|route|about|some|nearly|over|than|around|approximately|roughly|almost|up\s+to|at\s+least|more\s+than|fewer\s+than|less\s+than|exactly|only)\s*)$/iu;
const YEAR_AFTER_BLOCK = /^\s*(?:%|percent|per\s+cent|km|kilometers?|kilometres?|miles?|meters?|metres?|feet|foot|tons?|tonnes?|kg|kilograms?|people|persons|troops|soldiers|workers|dollars|won|rubles?|roubles?|yen|yuan|euros?|units|shells|rounds|missiles|rockets|times|hours|minutes|days|weeks|months|years|-strong|-year|-month|-day|-hour)(?![\p{L}])/iu;
const NAME_BEFORE_WEEKDAY = /(?:Black|Good|Super|Bloody|Ash|Palm|Easter|Holy|Cyber|Giving|Maundy|Shrove)\s+$/u;

const FUTURE_CUES = /\b(?:will|won't|shall|is\s+set\s+to|are\s+set\s+to|set\s+to|plans?\s+to|planning\s+to|planned\s+(?:to|for)|(?:is|are|was|were)\s+expected\s+to|expected\s+(?:to|in)|aims?\s+to|aiming\s+to|intends?\s+to|scheduled|slated|upcoming|going\s+to|hopes?\s+to|goal|near-term|is\s+to|are\s+to|to\s+be\s+held|next|later\s+this|due\s+(?:in|on)|seeks?\s+to|prepares?\s+to|preparing\s+to)\b|'ll\b|’ll\b/giu;
const PAST_CUES = /\b(?:was|were|had|did|ago|previously|earlier|held|met|said|told|took|made|came|went|saw|oversaw|began|won|lost|left|led|sent|spent|gave|got|became|fell|rose|struck|fought|brought|built|bought|kept|ran|flew|wrote|spoke|paid|sold|threw|shot|drew|broke|chose|drove|grew|knew|thought|sought|taught|caught|felt|meant|stood|understood|wore|woke|arose|forgot|swore|hinted|[a-z]+ed)\b/gu;
const NOT_PAST_ED = new Set([
  'advanced', 'isolated', 'united', 'red', 'based', 'related', 'need', 'speed', 'seed', 'feed', 'bed', 'shed', 'hundred',
  'ahead', 'indeed', 'proceed', 'exceed', 'succeed', 'steed', 'breed', 'greed', 'weed', 'deed', 'heed', 'sacred', 'wicked',
  'naked', 'rugged', 'beloved', 'embed', 'unprecedented', 'limited', 'armed', 'detailed', 'concerned', 'experienced',
  'sophisticated', 'interested', 'so-called', 'called', 'alleged', 'allied', 'skilled', 'tired', 'varied', 'used',
  'supposed', 'expected', 'scheduled', 'planned', 'slated', 'aged', 'fixed', 'mixed', 'closed',
]);
const CLAUSE_BREAK = /[,;:()—–]|\b(?:but|while|whereas|although|though)\b/giu;

/**
 * The dated events of one sentence, resolved against the document's published date (YYYY-MM-DD).
 * Never throws: an unreadable published date or sentence yields no events.
 */
export function extractDates(sentence: string, published: string): { date: string; precision: Precision; qualifier: Qualifier; expression: string; end?: string }[] {
  return findDates(sentence, published).map(({ index: _index, dateline: _dateline, ...rest }) => rest);
}

/** As {@link extractDates}, with where each expression starts in the sentence. */
export function findDates(sentence: string, published: string): DateMention[] {
  const pub = publishedDay(published);
  if (!pub || typeof sentence !== 'string' || sentence.length === 0) return [];
  // Most sentences name no date: two quick scans decide that before any pattern runs.
  const named = NAMED_HINT.test(sentence);
  const relative = named ? null : RELATIVE_HINT.test(sentence);
  if (!named && !relative) return [];
  try {
    return extract(sentence, pub, relative);
  } catch {
    // A sentence the patterns cannot read has no dates for us; the timeline must not fail on it.
    return [];
  }
}

// Cheap tests before the patterns and chrono: a month, a weekday, a 4-digit number or a relative word.
const NAMED_HINT = new RegExp(`\\b(?:${MONTH_FULL}|${MONTH_ABBR}|${WEEKDAY})\\b|\\d{4}|['’]\\d0s`);
// Two steps, as a case-insensitive alternation is slow to scan and most sentences have none of these words.
const RELATIVE_WORD = /\b(?:last|this|next|previous|ago|earlier|prior|yesterday|today|tomorrow|day before)\b/i;
const RELATIVE_PHRASE = new RegExp(
  `\\b(?:(?:last|this|next|previous)\\s+(?:month|year|${WEEKDAY}|${MONTH_FULL})|ago|earlier|prior|yesterday|today|tomorrow|day\\s+before|previous\\s+day)\\b`,
  'i',
);
const RELATIVE_HINT = { test: (s: string): boolean => RELATIVE_WORD.test(s) && RELATIVE_PHRASE.test(s) };

// A corpus has few publication dates and reads many sentences of each: the last one parsed is kept.
let lastPublished: string | null = null;
let lastPublishedDay: Ymd | null = null;
function publishedDay(published: string): Ymd | null {
  if (published !== lastPublished) {
    lastPublishedDay = parseDay(published);
    lastPublished = typeof published === 'string' ? published : null;
  }
  return lastPublishedDay;
}

// Which patterns can match at all: most sentences have no month name, no weekday and no 4-digit number,
// and a pattern that cannot match is not worth running.
const HAS_MONTH = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const HAS_DIGIT = /\d/;
const HAS_YEAR = /\d{4}|\d0s/;
const HAS_WEEKDAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
interface Hints {
  month: boolean;
  digit: boolean;
  year: boolean;
  weekday: boolean;
  relative: boolean;
}
const NEEDS: Record<string, (h: Hints) => boolean> = {
  iso: (h) => h.year,
  mdRange: (h) => h.month && h.digit,
  dmRange: (h) => h.month && h.digit,
  md: (h) => h.month && h.digit,
  dm: (h) => h.month && h.digit,
  my: (h) => h.month && h.year,
  decade: (h) => h.year,
  yearRange: (h) => h.year,
  relative: (h) => h.relative,
  ago: (h) => h.relative,
  previousDay: (h) => h.relative,
  deictic: (h) => h.relative,
  weekday: (h) => h.weekday,
  month: (h) => h.month,
  year: (h) => h.year,
};

function extract(sentence: string, pub: Ymd, relative: boolean | null): DateMention[] {
  const taken: [number, number][] = [];
  const found: DateMention[] = [];
  let tense: ((at: number, end: number) => Tense) | null = null;
  const tenseAt = (at: number, end: number): Tense => (tense ??= tenseReader(sentence))(at, end);
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);

  const hints: Hints = {
    month: HAS_MONTH.test(sentence),
    digit: HAS_DIGIT.test(sentence),
    year: HAS_YEAR.test(sentence),
    weekday: HAS_WEEKDAY.test(sentence),
    relative: relative ?? RELATIVE_HINT.test(sentence),
  };
  for (const { kind, re } of PATTERNS) {
    if (NEEDS[kind] && !NEEDS[kind](hints)) continue;
    // exec on the shared pattern rather than matchAll, which copies the pattern at every call.
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      let start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const mentions = resolve(kind, m, sentence, pub, (s, e) => tenseAt(s, e));
      if (!mentions) continue;
      // "since 2019" and "until May": the word changes what the date means, so it stays in the expression.
      const since = SINCE_BEFORE.exec(sentence.slice(Math.max(0, start - 7), start));
      if (since?.[1] && !overlaps(start - since[1].length, start)) start -= since[1].length;
      taken.push([start, end]);
      for (const mention of mentions) {
        const s = mention.index < 0 ? start : mention.index;
        const e = mention.index < 0 ? end : mention.index + mention.expression.length;
        found.push({ ...mention, index: s, expression: sentence.slice(s, e) });
      }
    }
  }
  addChrono(sentence, pub, hints, taken, found, tenseAt);
  found.sort((a, b) => a.index - b.index);
  for (const f of found) {
    if (DATELINE_BEFORE.test(sentence.slice(0, f.index)) && DATELINE_AFTER.test(sentence.slice(f.index + f.expression.length))) f.dateline = true;
  }
  return found;
}

const DATELINE_BEFORE = /^[\p{Lu}][\p{Lu}\s.'’-]*(?:,\s*[\p{L}\s.]+)?,\s*$/u;
const DATELINE_AFTER = /^\s*(?:\(|[-–—]\s)/u;

const SINCE_BEFORE = /(?:^|[^A-Za-z])((?:[Ss]ince|[Uu]ntil|[Tt]ill)\s+)$/;

type TenseAt = (start: number, end: number) => Tense;
/** A mention whose index -1 means: the whole match (adjusted for "since"). */
type Found = DateMention;

function resolve(kind: string, m: RegExpMatchArray, sentence: string, pub: Ymd, tenseAt: TenseAt): Found[] | null {
  const start = m.index ?? 0;
  const end = start + m[0].length;
  const whole = (date: string, precision: Precision, qualifier: Qualifier, extra: { end?: string } = {}): Found[] => [
    { date, precision, qualifier, expression: m[0], index: -1, ...extra },
  ];
  switch (kind) {
    case 'iso': {
      const d = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
      return d ? whole(fmtDay(d), 'day', null) : null;
    }
    case 'mdRange':
    case 'dmRange': {
      const [m1, d1, m2, d2, y] =
        kind === 'mdRange' ? [m[1], m[2], m[3] ?? m[1], m[4], m[5]] : [m[3], m[1], m[3], m[2], m[4]];
      const mo1 = monthIndex(m1);
      const mo2 = monthIndex(m2);
      if (!mo1 || !mo2) return null;
      const day1 = parseInt(d1 ?? '', 10);
      const day2 = parseInt(d2 ?? '', 10);
      const year = y ? Number(y) : yearForMonthDay(mo1, day1, pub, tenseAt(start, end));
      const a = ymd(year, mo1, day1);
      const b = ymd(mo2 < mo1 ? year + 1 : year, mo2, day2);
      if (!a || !b || fmtDay(b) <= fmtDay(a)) return null;
      return whole(fmtDay(a), 'day', null, { end: fmtDay(b) });
    }
    case 'md':
    case 'dm': {
      const [mo, d, y] = kind === 'md' ? [monthIndex(m[2]), m[3], m[4]] : [monthIndex(m[3]), m[2], m[4]];
      if (!mo) return null;
      const day = parseInt(d ?? '', 10);
      // "May 24" in "in May 24 people died" is rare; "the 13th of September" with no month name is not us.
      const year = y ? Number(y) : yearForMonthDay(mo, day, pub, tenseAt(start, end));
      if (y && !plausibleYear(year)) return null;
      const date = ymd(year, mo, day);
      return date ? whole(fmtDay(date), 'day', null) : null;
    }
    case 'my': {
      const mo = monthIndex(m[2]);
      const year = Number(m[3]);
      if (!mo || !plausibleYear(year)) return null;
      return whole(fmtMonth(year, mo), 'month', qualifierOf(m[1]));
    }
    case 'decade': {
      let first: number;
      if (m[2]) first = Number(m[2]);
      else {
        const yy = Number(m[3]);
        first = yy > pub.y % 100 ? 1900 + yy : 2000 + yy;
      }
      if (!plausibleYear(first)) return null;
      return whole(String(first), 'year', qualifierOf(m[1]), { end: String(first + 9) });
    }
    case 'yearRange': {
      const a = Number(m[1]);
      let b = Number(m[2]);
      if (m[2]!.length === 2) b = Math.floor(a / 100) * 100 + b;
      if (!plausibleYear(a) || b <= a || b - a > 100 || !yearContextOk(sentence, start, end)) return null;
      return whole(String(a), 'year', null, { end: String(b) });
    }
    case 'relative': {
      const qualWord = m[1]?.trim().toLowerCase() ?? '';
      const which = m[2]!.toLowerCase().replace(/\s+/gu, ' ');
      const unit = m[3]!.toLowerCase();
      // "over the last year" is a duration, not a date.
      if (which === 'last' && /\bthe\s+$/iu.test(sentence.slice(Math.max(0, start - 4), start))) return null;
      const shift = which === 'last' || which === 'the previous' ? -1 : which === 'this' ? 0 : 1;
      const qualifier = qualWord.startsWith('earlier') || qualWord.startsWith('later') ? null : qualifierOf(m[1]);
      if (unit === 'year') return whole(String(pub.y + shift), 'year', qualifier);
      const { y, m: mo } = addMonths(pub, shift);
      return whole(fmtMonth(y, mo), 'month', qualifier);
    }
    case 'ago': {
      const word = m[1]!.toLowerCase();
      const n = NUMBER_WORDS[word] ?? parseInt(word, 10);
      const unit = m[2]!.toLowerCase();
      // "a month prior to the talks" counts from the talks, which we cannot place.
      if (/^\s+(?:to|than)\b/iu.test(sentence.slice(end))) return null;
      if (!Number.isFinite(n) || n <= 0) return null;
      if (unit === 'day' || unit === 'week') return whole(fmtDay(addDays(pub, -n * (unit === 'week' ? 7 : 1))), 'day', null);
      if (unit === 'month') {
        const { y, m: mo } = addMonths(pub, -n);
        return whole(fmtMonth(y, mo), 'month', null);
      }
      return whole(String(pub.y - n * (unit === 'decade' ? 10 : 1)), 'year', null);
    }
    case 'previousDay':
      return whole(fmtDay(addDays(pub, -1)), 'day', null);
    case 'deictic': {
      const w = m[0].toLowerCase();
      return whole(fmtDay(addDays(pub, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0)), 'day', null);
    }
    case 'weekday': {
      const rel = m[1];
      const wd = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      if (wd < 0 || NAME_BEFORE_WEEKDAY.test(sentence.slice(Math.max(0, start - 10), start))) return null;
      const pubWd = new Date(Date.UTC(pub.y, pub.m - 1, pub.d)).getUTCDay();
      const back = (pubWd - wd + 7) % 7;
      const fwd = (wd - pubWd + 7) % 7;
      let offset: number;
      if (rel === 'last') offset = -(back || 7);
      else if (rel === 'next') offset = fwd || 7;
      else offset = tenseAt(start, end) === 'future' ? fwd : -back;
      return whole(fmtDay(addDays(pub, offset)), 'day', null);
    }
    case 'month': {
      const rel = m[1];
      const mo = monthIndex(m[3]);
      if (!mo) return null;
      if (!rel && !m[2] && !MONTH_CONTEXT.test(sentence.slice(Math.max(0, start - 30), start)) && !isMonthListItem(sentence, end)) return null;
      let y: number;
      if (rel === 'last') y = mo < pub.m ? pub.y : pub.y - 1;
      else if (rel === 'next' || rel === 'coming') y = mo > pub.m ? pub.y : pub.y + 1;
      else if (rel === 'this') y = pub.y;
      else y = yearForMonth(mo, pub, tenseAt(start, end));
      return whole(fmtMonth(y, mo), 'month', qualifierOf(m[2]));
    }
    case 'year': {
      const year = Number(m[2]);
      if (!plausibleYear(year) || !yearContextOk(sentence, start, end)) return null;
      return whole(String(year), 'year', qualifierOf(m[1]));
    }
  }
  return null;
}

/** "May and August", "May, June or July": a month followed by another month of the list is a month. */
function isMonthListItem(sentence: string, end: number): boolean {
  return new RegExp(`^,?\\s+(?:and|or|to|through)\\s+(?:${MONTH_FULL})(?![\\p{L}])|^,\\s+(?:${MONTH_FULL})(?![\\p{L}])`, 'u').test(sentence.slice(end));
}

function yearContextOk(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 20), start);
  const after = sentence.slice(end, end + 20);
  if (YEAR_BEFORE_BLOCK.test(before) || YEAR_AFTER_BLOCK.test(after)) return false;
  // Part of a code or a number: "Su-2019", "2019.5", "1,2019", "#2019".
  if (/[\p{L}\p{N}][-‑.,/:]$/u.test(before) || /^[.,:/][\p{N}]/u.test(after)) return false;
  return true;
}

function qualifierOf(words: string | undefined): Qualifier {
  if (!words) return null;
  const w = words.toLowerCase();
  if (w.startsWith('early') || /\b(?:beginning|start)\b/u.test(w)) return 'early';
  if (w.startsWith('mid') || /\bmiddle\b/u.test(w)) return 'mid';
  if (w.startsWith('late') || /\bend\b/u.test(w)) return 'late';
  return null;
}

/**
 * The tense around a position: the cue nearest to the expression, preferring cues in the same clause.
 * "will host Kim on Wednesday" is future; "held a summit Wednesday" is past; no cue at all is neutral.
 */
function tenseReader(sentence: string): (start: number, end: number) => Tense {
  const cues: { at: number; end: number; tense: Tense }[] = [];
  for (const c of execAll(FUTURE_CUES, sentence)) cues.push({ at: c.index, end: c.index + c[0].length, tense: 'future' });
  const future = [...cues];
  for (const c of execAll(PAST_CUES, sentence)) {
    const word = c[0];
    if (word.endsWith('ed') && NOT_PAST_ED.has(word)) continue;
    const at = c.index;
    if (future.some((f) => at < f.end && at + word.length > f.at)) continue;
    // "will be launched": the auxiliary carries the tense, not the participle.
    if (word.endsWith('ed') && /\b(?:be|been|being|is|are|am)\s+(?:\w+\s+)?$/iu.test(sentence.slice(Math.max(0, at - 20), at))) continue;
    cues.push({ at, end: at + word.length, tense: 'past' });
  }
  const breaks = execAll(CLAUSE_BREAK, sentence).map((b) => b.index);
  return (start, end) => {
    let best: Tense = 'neutral';
    let bestCost = Infinity;
    for (const c of cues) {
      if (c.at < end && c.end > start) continue;
      const [from, to] = c.end <= start ? [c.end, start] : [end, c.at];
      const crossings = breaks.filter((b) => b >= from && b < to).length;
      // Words after the expression explain it less often than the verb before it.
      const cost = to - from + crossings * 1000 + (c.at >= end ? 40 : 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = c.tense;
      }
    }
    return best;
  };
}

/** Every match of a global pattern, as matchAll gives them, without copying the pattern. */
function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m);
  return out;
}

function yearForMonth(mo: number, pub: Ymd, tense: Tense): number {
  if (tense === 'past') return mo <= pub.m ? pub.y : pub.y - 1;
  if (tense === 'future') return mo >= pub.m ? pub.y : pub.y + 1;
  const diff = mo - pub.m;
  return diff > 6 ? pub.y - 1 : diff < -6 ? pub.y + 1 : pub.y;
}

function yearForMonthDay(mo: number, day: number, pub: Ymd, tense: Tense): number {
  const here = mo * 100 + day;
  const now = pub.m * 100 + pub.d;
  if (tense === 'past') return here <= now ? pub.y : pub.y - 1;
  if (tense === 'future') return here >= now ? pub.y : pub.y + 1;
  const diff = mo - pub.m;
  return diff > 6 ? pub.y - 1 : diff < -6 ? pub.y + 1 : pub.y;
}

// chrono reads day-precise forms the patterns do not ("Sep 13th", "the 13th of Sept"), nothing else: its
// month-only and weekday guesses are the patterns' job, and its numeric guesses ("9/11", "24/7") are noise.
const CHRONO_HINT = new RegExp(`\\b(?:${MONTH_FULL}|${MONTH_ABBR})\\.?\\s{0,3}\\d|\\d(?:st|nd|rd|th)?\\s{1,3}(?:of\\s+)?(?:${MONTH_FULL}|${MONTH_ABBR})\\b`, 'u');

function addChrono(sentence: string, pub: Ymd, hints: Hints, taken: [number, number][], found: DateMention[], tenseAt: TenseAt): void {
  if (!hints.month || !hints.digit) return;
  const rest = maskTaken(sentence, taken);
  if (!CHRONO_HINT.test(rest)) return;
  const results = chrono().parse(sentence, { instant: new Date(Date.UTC(pub.y, pub.m - 1, pub.d, 12)), timezone: 0 });
  for (const r of results) {
    const text = r.text;
    if (sentence.slice(r.index, r.index + text.length) !== text) continue;
    if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    if (!new RegExp(`${MONTH_FULL}|${MONTH_ABBR}`, 'iu').test(text)) continue;
    const lead = /^(?:on|in|at|from|by)\s+/iu.exec(text)?.[0].length ?? 0;
    const s = r.index + lead;
    const e = r.index + text.length;
    if (taken.some(([a, b]) => s < b && e > a)) continue;
    const mo = r.start.get('month');
    const day = r.start.get('day');
    if (mo === null || day === null) continue;
    const year = r.start.isCertain('year') ? r.start.get('year') : yearForMonthDay(mo, day, pub, tenseAt(s, e));
    if (year === null || !plausibleYear(year)) continue;
    const date = ymd(year, mo, day);
    if (!date) continue;
    taken.push([s, e]);
    found.push({ date: fmtDay(date), precision: 'day', qualifier: null, expression: sentence.slice(s, e), index: s });
  }
}

function maskTaken(sentence: string, taken: [number, number][]): string {
  let out = sentence;
  for (const [a, b] of taken) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}

function monthIndex(word: string | undefined): number {
  if (!word) return 0;
  const w = word.toLowerCase().replace(/\.$/u, '');
  const i = MONTHS.findIndex((name) => name === w || (w.length >= 3 && name.startsWith(w)));
  return i + 1;
}

function plausibleYear(y: number): boolean {
  return y >= 1000 && y <= 2199;
}

/** A YYYY-MM-DD string as numbers, or null when it is not a real day. */
export function parseDay(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(typeof s === 'string' ? s : '');
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function ymd(y: number, m: number, d: number): Ymd | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return null;
  if (d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

/** Days in a month of a year (m counted from 1). */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function addDays(p: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function addMonths(p: Ymd, n: number): { y: number; m: number } {
  const total = p.y * 12 + (p.m - 1) + n;
  return { y: Math.floor(total / 12), m: (total % 12) + 1 };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function fmtDay(d: Ymd): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}
function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
