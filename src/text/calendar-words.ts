/**
 * The names of months and weekdays as alternations for regular expressions. The date reading and the quote
 * reading both need them (a month is never a name, a weekday ends a noun phrase), and one list keeps them
 * from drifting apart.
 */

/** The twelve month names, capitalised, as `January|February|…`. */
export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * Their abbreviations, longer before shorter ("Sept" before "Sep") so an unanchored match takes the whole
 * word. "May" has none.
 */
export const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';

/** The seven weekday names, capitalised, Monday first. */
export const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
