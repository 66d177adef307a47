import type { ErrorAnswer } from '../types.ts';
import { daysInMonth } from './dates.ts';

// The timeline's filters as typed: the from/to periods checked and read as first and last days.

/** The first day (YYYY-MM-DD) of a year, month or day. */
export function periodStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day (YYYY-MM-DD) of a year, month or day. */
export function periodEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-${String(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, '0')}`;
  return date;
}

/** A filter's text trimmed, or null when absent or blank. */
export function clean(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t === '' ? null : t;
}

/** A filter date as the first and last day it covers, or why it is not one. */
export function parsePeriod(text: string): { first: string; last: string } | { error: string } {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(text);
  if (!m) return { error: 'is not in a date format' };
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: periodStart(m[1]!), last: periodEnd(m[1]!) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { error: `has no month ${m[2]}` };
  const ym = `${m[1]}-${m[2]}`;
  if (m[3] === undefined) return { first: periodStart(ym), last: periodEnd(ym) };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return { error: `is not a real day (${ym} has ${daysInMonth(year, month)} days)` };
  return { first: text, last: text };
}

/** The refusal of a from/to date, saying what is wrong and what to type. */
export function badDate(which: 'from' | 'to', text: string, why: string): ErrorAnswer {
  return {
    kind: 'error',
    error: {
      code: 'bad_date',
      message: `The "${which}" date "${text}" ${why}. Use a year (2023), a month (2023-09) or a day (2023-09-13).`,
    },
  };
}

/**
 * The from/to filters read as the first and last day they cover (null when not given), or a refusal of a
 * malformed date or of a "from" after the "to".
 */
export function readPeriod(
  fromText: string | null,
  toText: string | null,
): { from: { first: string; last: string } | null; to: { first: string; last: string } | null } | ErrorAnswer {
  const from = fromText === null ? null : parsePeriod(fromText);
  if (from && 'error' in from) return badDate('from', fromText!, from.error);
  const to = toText === null ? null : parsePeriod(toText);
  if (to && 'error' in to) return badDate('to', toText!, to.error);
  if (from && to && from.first > to.last) {
    return {
      kind: 'error',
      error: {
        code: 'bad_date',
        message: `The "from" date ${fromText} is after the "to" date ${toText}. Put the earlier date in "from".`,
      },
    };
  }
  return { from, to };
}
