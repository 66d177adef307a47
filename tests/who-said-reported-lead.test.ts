import { describe, it, expect } from 'vitest';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { reportedLead } from '../src/quotes/reported-lead.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// An article written for these tests: fragments quoted inside the reporter's sentences.
const article = doc('canal-reopened', '2025-03-11', [
  'The Lindholm canal reopened to barges on Monday after two years of repairs.',
  'Harbour master Ines Falk said the lock gates would "stay open all winter" for the first time.',
  'The repairs, Falk said, had been "finished ahead of schedule and under budget".',
  'Transport minister Oskar Brandt told reporters that the canal would "carry twice as much freight" by next year.',
  'Brandt denied that the toll would "rise for small boats".',
  'The barge owners called the new toll "a tax on the river", and their union said the boats would "keep sailing at night".',
]);
const passages = passagesOf(article);
const book = QuoteBook.build(passages, [article]);
const top = (typed: string) => book.whoSaid(typed, 5, passages).matches[0];

describe('reportedLead: the reporter\'s clause a quoted fragment stands in', () => {
  it('runs from the asserting verb to the end of the clause, the quote placed in it', () => {
    const s = 'Harbour master Ines Falk said the lock gates would "stay open all winter" for the first time.';
    const lead = reportedLead(s, 'stay open all winter')!;
    expect(lead.text).toBe(' the lock gates would "stay open all winter" for the first time');
    expect(lead.text.slice(lead.from, lead.to)).toBe('stay open all winter');
  });

  it('takes a credit set off by commas out of the clause', () => {
    const lead = reportedLead('The repairs, Falk said, had been "finished ahead of schedule".', 'finished ahead of schedule')!;
    expect(lead.text).toBe('The repairs had been "finished ahead of schedule"');
    expect(lead.text.slice(lead.from, lead.to)).toBe('finished ahead of schedule');
  });

  it('opens no clause after a verb that does not pass the words on, or one that is negated', () => {
    expect(reportedLead('Brandt denied that the toll would "rise for small boats".', 'rise for small boats')).toBeNull();
    expect(reportedLead('Brandt did not say the toll would "rise for small boats".', 'rise for small boats')).toBeNull();
    expect(reportedLead('Brandt declined to confirm the toll would "rise".', 'rise')).toBeNull();
    expect(reportedLead('The owners called the toll "a tax on the river".', 'a tax on the river')).toBeNull();
  });
});

describe('who-said: a claim in the reporter\'s wording around a quoted fragment', () => {
  it('is close wording when it says what the clause says', () => {
    expect(top('falk said the lock gates will stay open all winter')).toMatchObject({ speaker: 'Ines Falk', verdict: 'close' });
    expect(top('did falk say the repairs had been finished ahead of schedule and under budget')).toMatchObject({ speaker: 'Ines Falk', verdict: 'close' });
    expect(top('brandt said the canal would carry twice as much freight')).toMatchObject({ speaker: 'Oskar Brandt', verdict: 'close' });
  });

  it('the reporter\'s clause word for word is the named speaker\'s quote, close, not only the reporter\'s sentence', () => {
    const a = book.whoSaid('falk said the lock gates would stay open all winter', 5, passages);
    expect(a.matches[0]).toMatchObject({ speaker: 'Ines Falk', verdict: 'close', speakerMatches: true });
  });

  it('is still a misquote when it changes the clause or the fragment', () => {
    const never = top('falk said the lock gates would never stay open all winter')!;
    expect(never).toMatchObject({ speaker: 'Ines Falk', verdict: 'different' });
    expect(never.differences.map((d) => d.kind)).toContain('negation');
    const some = top('brandt said the canal would carry half as much freight')!;
    expect(some.verdict).toBe('different');
    // The difference is marked inside the quote, at a place the quote has.
    for (const d of some.differences) expect(d.quoteEnd).toBeLessThanOrEqual(some.quote.length);
  });

  it('never turns a denial, a name called, or the reporter\'s own words into the speaker\'s', () => {
    const denied = top('brandt said the toll would rise for small boats');
    expect(denied?.verdict).not.toBe('close');
    expect(denied?.verdict).not.toBe('same');
    const called = book.whoSaid('the barge owners said the new toll is a tax on the river', 5, passages).matches;
    expect(called.every((m) => m.verdict === 'different' || m.verdict === 'same')).toBe(true);
    expect(book.whoSaid('falk said the canal reopened to barges on monday', 5, passages).matches.filter((m) => m.verdict !== 'different')).toEqual([]);
  });
});
