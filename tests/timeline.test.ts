import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { extractDates, Timeline } from '../src/timeline/timeline.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import type { Document, TimelineAnswer, TimelineEvent } from '../src/types.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** The (date, precision, qualifier, expression) of each dated event of a sentence. */
function dates(sentence: string, published: string): [string, string, string | null, string][] {
  return extractDates(sentence, published).map((d) => [d.date, d.precision, d.qualifier, d.expression]);
}

function timelineOf(...docs: Document[]): Timeline {
  return Timeline.build(passagesOf(...docs), docs);
}

function answer(result: ReturnType<Timeline['query']>): TimelineAnswer {
  if (result.kind !== 'timeline') throw new Error(`expected a timeline, got ${JSON.stringify(result)}`);
  return result;
}

describe('extractDates: weekdays', () => {
  it('reads a past weekday as the most recent such day on or before publication', () => {
    // 2023-09-14 is a Thursday.
    expect(dates('Kim and Putin held a summit Wednesday at the spaceport.', '2023-09-14')).toEqual([['2023-09-13', 'day', null, 'Wednesday']]);
    expect(dates('President Yoon vowed Tuesday to seek a summit.', '2023-09-14')).toEqual([['2023-09-12', 'day', null, 'Tuesday']]);
    expect(dates('An official told reporters Thursday.', '2023-09-14')).toEqual([['2023-09-14', 'day', null, 'Thursday']]);
  });

  it('goes forward only when the sentence is about the future', () => {
    expect(dates('Putin will host Kim on Wednesday.', '2023-09-11')).toEqual([['2023-09-13', 'day', null, 'Wednesday']]);
    expect(dates('Putin will host Kim on Wednesday.', '2023-09-13')).toEqual([['2023-09-13', 'day', null, 'Wednesday']]);
    expect(dates('The two leaders are set to meet Friday.', '2023-09-13')).toEqual([['2023-09-15', 'day', null, 'Friday']]);
    expect(dates('Kim plans to visit the plant on Saturday.', '2023-09-13')).toEqual([['2023-09-16', 'day', null, 'Saturday']]);
  });

  it('reads "last" and "next" weekdays strictly before and after publication', () => {
    expect(dates('He left last Thursday and returns next Thursday.', '2023-09-14')).toEqual([
      ['2023-09-07', 'day', null, 'last Thursday'],
      ['2023-09-21', 'day', null, 'next Thursday'],
    ]);
  });

  it('leaves holiday names alone', () => {
    expect(dates('Shops were busy on Black Friday.', '2023-11-30')).toEqual([]);
  });
});

describe('extractDates: months and years without a full date', () => {
  it('chooses the year of a bare month by the tense of the sentence', () => {
    expect(dates('North Korea launched a satellite on a rocket in May and August, but both failed.', '2023-09-14')).toEqual([
      ['2023-05', 'month', null, 'May'],
      ['2023-08', 'month', null, 'August'],
    ]);
    expect(dates('Pyongyang is expected to make a third attempt in October.', '2023-09-14')).toEqual([['2023-10', 'month', null, 'October']]);
    expect(dates('Russia said it will launch the probe in May.', '2023-09-14')).toEqual([['2024-05', 'month', null, 'May']]);
    expect(dates('The plant opened in November.', '2023-09-14')).toEqual([['2022-11', 'month', null, 'November']]);
  });

  it('keeps early, mid and late as the qualifier', () => {
    expect(dates('A parade was held in late July.', '2023-09-14')).toEqual([['2023-07', 'month', 'late', 'late July']]);
    expect(dates('Talks stalled in early March.', '2023-09-14')).toEqual([['2023-03', 'month', 'early', 'early March']]);
    expect(dates('Tensions rose in mid-2022.', '2023-09-14')).toEqual([['2022', 'year', 'mid', 'mid-2022']]);
    expect(dates('The deal was struck late last year.', '2023-09-14')).toEqual([['2022', 'year', 'late', 'late last year']]);
    expect(dates('Work ends by the end of 2024.', '2023-09-14')).toEqual([['2024', 'year', 'late', 'the end of 2024']]);
  });

  it('resolves relative months and years against publication', () => {
    expect(dates('They met at Camp David last month.', '2023-09-14')).toEqual([['2023-08', 'month', null, 'last month']]);
    expect(dates('Another launch is planned next month.', '2023-12-05')).toEqual([['2024-01', 'month', null, 'next month']]);
    expect(dates('The North has fired 20 missiles this year.', '2023-09-14')).toEqual([['2023', 'year', null, 'this year']]);
    expect(dates('Sanctions were tightened last year.', '2023-01-10')).toEqual([['2022', 'year', null, 'last year']]);
    expect(dates('A month prior, the ministers had met.', '2023-03-10')).toEqual([['2023-02', 'month', null, 'A month prior']]);
    expect(dates('Kim arrived in Vladivostok the previous day.', '2023-09-01')).toEqual([['2023-08-31', 'day', null, 'the previous day']]);
    expect(dates('The two sides met two years ago.', '2023-09-14')).toEqual([['2021', 'year', null, 'two years ago']]);
  });

  it('does not take a span of time for a date', () => {
    expect(dates('Trade has grown over the last year.', '2023-09-14')).toEqual([]);
    expect(dates('A month prior to the talks, envoys met.', '2023-09-14')).toEqual([]);
  });
});

describe('extractDates: explicit dates, years, decades and ranges', () => {
  it('reads full dates in either order, with or without a year', () => {
    expect(dates('The summit took place on 13 September 2023.', '2023-09-20')).toEqual([['2023-09-13', 'day', null, '13 September 2023']]);
    expect(dates('Kim boarded his train on Sept. 12.', '2023-09-14')).toEqual([['2023-09-12', 'day', null, 'Sept. 12']]);
    expect(dates('The report is due on Jan. 3.', '2023-12-20')).toEqual([['2024-01-03', 'day', null, 'Jan. 3']]);
    expect(dates('On Sunday, September 10, 2023, they arrived.', '2023-09-14')).toEqual([['2023-09-10', 'day', null, 'Sunday, September 10, 2023']]);
    expect(dates('Filed as 2023-09-13 in the log.', '2023-09-14')).toEqual([['2023-09-13', 'day', null, '2023-09-13']]);
  });

  it('gives a range its first day and its last as end', () => {
    expect(extractDates('The forum runs September 13–17, 2023 in Vladivostok.', '2023-09-01')).toEqual([
      { date: '2023-09-13', precision: 'day', qualifier: null, expression: 'September 13–17, 2023', end: '2023-09-17' },
    ]);
    expect(extractDates('The Korean War was fought in 1950–53.', '2023-09-14')).toEqual([
      { date: '1950', precision: 'year', qualifier: null, expression: '1950–53', end: '1953' },
    ]);
  });

  it('reads years, "since" spans and decades', () => {
    expect(dates('The two first met in 2016.', '2023-09-14')).toEqual([['2016', 'year', null, '2016']]);
    expect(dates('A gathering not held since 2019.', '2023-09-14')).toEqual([['2019', 'year', null, 'since 2019']]);
    expect(dates('Their first talks since April 2019.', '2023-09-14')).toEqual([['2019-04', 'month', null, 'since April 2019']]);
    expect(extractDates('Alliances formed in the 1950s still hold.', '2023-09-14')).toEqual([
      { date: '1950', precision: 'year', qualifier: null, expression: 'the 1950s', end: '1959' },
    ]);
  });

  it('finds nothing in durations, ages, ordinals, modal verbs and names', () => {
    const none = [
      'The talks lasted four hours.',
      'Kim, 39, marked the 75th anniversary of the armistice.',
      'Technology transfer may be carried out over the long term.',
      'It would restore their Cold War-era relations.',
      'The COVID-19 pandemic closed the border.',
      'Some 2000 troops joined under resolution 2087.',
      'Theresa May spoke to reporters.',
      'Protesters march on the embassy.',
      'He made a third attempt, with 24 officials.',
      'The 9/11 attacks changed everything.',
    ];
    for (const s of none) expect(dates(s, '2023-09-14'), s).toEqual([]);
  });

  it('never throws and only returns words of the sentence', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 120 }),
          fc.array(fc.constantFrom('in', 'May', 'late', 'July', '2019', 'Wednesday', 'will', 'since', 'the', '1950s', 'last', 'month', 'Sept.', '12', '–', ',', 'launched', 'a', 'year', 'ago', '13'), { maxLength: 20 }).map((w) => w.join(' ')),
        ),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (sentence, when) => {
          const published = when.toISOString().slice(0, 10);
          const found = extractDates(sentence, published);
          for (const d of found) {
            expect(sentence.includes(d.expression)).toBe(true);
            expect(d.date).toMatch(d.precision === 'year' ? /^\d{4}$/ : d.precision === 'month' ? /^\d{4}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('returns nothing for an unreadable published date', () => {
    expect(extractDates('They met Wednesday.', 'yesterday')).toEqual([]);
    expect(extractDates('They met Wednesday.', '2023-02-30')).toEqual([]);
  });
});

describe('the bundled article', () => {
  const corpus = loadCorpus('corpus');
  const seed = corpus.find((d) => d.id === 'yonhap-kim-putin-summit');
  const expected = (JSON.parse(readFileSync('tests/fixtures/seed-expected.json', 'utf8')) as { timeline: { when: string; p: number; qualifier?: string }[] }).timeline;

  it('yields exactly the expected ten events', () => {
    expect(seed).toBeDefined();
    const events = Timeline.build(passagesOf(seed!), [seed!]).events;
    const got = events.map((e) => `${e.date}|${e.qualifier ?? ''}|p${e.citation.paragraph}`).sort();
    const want = expected.map((e) => `${e.when}|${e.qualifier ?? ''}|p${e.p}`).sort();
    expect(got).toEqual(want);
    for (const e of events) {
      expect(e.sentence).toContain(e.expression);
      expect(seed!.paragraphs[e.citation.paragraph - 1]).toContain(e.sentence);
    }
  });

  it('lists the events in date order, coarser precision first within a start', () => {
    const events = Timeline.build(passagesOf(seed!), [seed!]).events;
    expect(events.map((e) => e.date)).toEqual(['2019', '2019-04', '2023-05', '2023-07', '2023-08', '2023-08', '2023-09-12', '2023-09-13', '2023-09-14', '2023-10']);
  });
});

describe('Timeline: merging and order', () => {
  // 2023-09-11 is a Monday, 2023-09-15 a Friday.
  const monday = doc('monday-wire', '2023-09-11', ['Leaders of the bloc held an emergency meeting Wednesday in Brussels.']);
  const friday = doc('friday-post', '2023-09-15', ['Leaders of the bloc held an emergency meeting Wednesday in Brussels.']);

  it('reads "Wednesday" in articles of different days as different days, not one event', () => {
    const events = timelineOf(monday, friday).events;
    expect(events.map((e) => [e.date, e.citation.doc, e.also.length])).toEqual([
      ['2023-09-06', 'monday-wire', 0],
      ['2023-09-13', 'friday-post', 0],
    ]);
  });

  const early = doc('early', '2023-09-13', ['Putin welcomed Kim at the Vostochny Cosmodrome on Wednesday, a rare trip abroad.']);
  const late = doc('late', '2023-09-14', [
    'North Korean leader Kim Jong Un met Vladimir Putin on Wednesday at the Vostochny Cosmodrome in the Far East.',
    'Separately, floods hit farms in the south on Wednesday.',
  ]);
  const later = doc('later', '2023-09-15', ['The meeting at the Vostochny Cosmodrome on Sept. 13 lasted five hours.']);

  it('shows the same event once, the earliest report first and the others under also', () => {
    const events = timelineOf(later, late, early).events;
    const summit = events.filter((e) => e.sentence.includes('Vostochny'));
    expect(summit).toHaveLength(1);
    expect(summit[0]!.citation.doc).toBe('early');
    expect(summit[0]!.also.map((a) => a.citation.passage)).toEqual(['late#p1', 'later#p1']);
    const floods = events.find((e) => e.sentence.includes('floods'));
    expect(floods).toMatchObject({ date: '2023-09-13', also: [] });
  });

  it('keeps two sentences of one document with the same date as two events', () => {
    const one = doc('one', '2023-09-14', ['Kim met Putin on Wednesday.', 'Missiles were fired into the sea on Wednesday.']);
    expect(timelineOf(one).events).toHaveLength(2);
  });

  it('sorts by start of period, then year before month before day', () => {
    const d = doc('mixed', '2023-12-01', ['Talks began on Sept. 1, 2023.', 'Sanctions came in September 2023.', 'Everything changed in 2023.', 'A truce was signed in 2022.']);
    expect(timelineOf(d).events.map((e) => e.date)).toEqual(['2022', '2023', '2023-09', '2023-09-01']);
  });
});

describe('Timeline.query', () => {
  const a = doc('alpha', '2023-09-14', [
    'The first summit was held in 2019.',
    'Satellite launches failed in May and August.',
    'Kim met Putin Wednesday at the spaceport.',
  ]);
  const b = doc('beta', '2023-09-15', ['Kim met Putin on Wednesday at the spaceport in the Far East.', 'A launch is planned for October.']);
  const timeline = timelineOf(a, b);
  const datesOf = (filters: Parameters<Timeline['query']>[0], topic: Map<string, number> | null = null) =>
    answer(timeline.query(filters, topic)).events.map((e: TimelineEvent) => e.date);

  it('returns every event with no filters, echoing nulls', () => {
    const result = answer(timeline.query({}, null));
    expect(result.filters).toEqual({ from: null, to: null, topic: null, source: null });
    expect(result.events.map((e) => e.date)).toEqual(['2019', '2023-05', '2023-08', '2023-09-13', '2023-10']);
  });

  it('filters from and to at year, month and day precision by period overlap', () => {
    expect(datesOf({ from: '2023' })).toEqual(['2023-05', '2023-08', '2023-09-13', '2023-10']);
    expect(datesOf({ to: '2019' })).toEqual(['2019']);
    expect(datesOf({ from: '2023-08', to: '2023-09' })).toEqual(['2023-08', '2023-09-13']);
    expect(datesOf({ from: '2023-08-15', to: '2023-09-13' })).toEqual(['2023-08', '2023-09-13']);
    expect(datesOf({ from: '2019-06-01', to: '2019-06-30' })).toEqual(['2019']);
    expect(datesOf({ from: '2023-09-14' })).toEqual(['2023-10']);
  });

  it('keeps only events in the passages of the topic', () => {
    const topic = new Map([['beta#p2', 1.5]]);
    expect(datesOf({ topic: 'launch' }, topic)).toEqual(['2023-10']);
    expect(answer(timeline.query({ topic: 'launch' }, topic)).filters.topic).toBe('launch');
    expect(datesOf({ topic: 'summit' }, new Map([['beta#p1', 2]]))).toEqual(['2023-09-13']);
    expect(datesOf({ topic: 'nothing' }, new Map())).toEqual([]);
  });

  it('keeps only events a source reports, told by that source', () => {
    const result = answer(timeline.query({ source: 'beta' }, null));
    expect(result.events.map((e) => e.date)).toEqual(['2023-09-13', '2023-10']);
    const summit = result.events[0]!;
    expect(summit.citation.passage).toBe('beta#p1');
    expect(summit.also.map((x) => x.citation.passage)).toEqual(['alpha#p3']);
    expect(answer(timeline.query({}, null)).events.find((e) => e.date === '2023-09-13')!.citation.passage).toBe('alpha#p3');
  });

  it('refuses bad from and to dates with bad_date', () => {
    for (const filters of [{ from: '2023-13' }, { to: '2023-02-30' }, { from: 'last week' }, { to: '23-09-01' }, { from: '2023-10', to: '2023-09' }]) {
      const result = timeline.query(filters, null);
      expect(result.kind, JSON.stringify(filters)).toBe('error');
      if (result.kind === 'error') {
        expect(result.error.code).toBe('bad_date');
        expect(result.error.message).toMatch(/"(from|to)" date/);
      }
    }
  });
});
