import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { QuoteBook } from '../src/quotes/quotes.ts';

// Passages written for these tests (a feature that writes "Mr."/"Ms." before Korean family names, and two unnamed
// officials of different ministries one after the other).
describe('a title that tells the other gender than the one person of that surname', () => {
  it('"Mr. Park" is not the Park Min-ji the text has called "Ms. Park"', () => {
    const paras = [
      'Park Min-ji runs a noodle shop near the station.',
      '"Business has been slow since spring," said Ms. Park, 52.',
      'The governor, Mr. Park, told the assembly that the city would offer "generous relief" to small firms.',
    ];
    expect(speakerOf(paras, 'generous relief')).not.toBe('Park Min-ji');
    expect(speakerOf(paras, 'Business has been slow')).toBe('Park Min-ji');
  });
  it('a bare "Mr. Park" with no full name in the text stays apart from her across the corpus', () => {
    const paras = [
      'Park Min-ji runs a noodle shop near the station.',
      '"We close at nine," Ms. Park said.',
      'Mr. Park said the new rail line was "years away".',
    ];
    expect(speakerOf(paras, 'years away')).not.toBe('Park Min-ji');
  });
  it('still joins her when the title agrees', () => {
    const paras = ['Park Min-ji runs a noodle shop near the station.', 'Ms. Park said trade was "slower than ever".'];
    expect(speakerOf(paras, 'slower than ever')).toBe('Park Min-ji');
  });
});

describe('across the corpus', () => {
  const docs = [
    doc('a', '2024-05-02', ['Governor Park Tae-jun opened the new line on Monday.', '"It is a proud day," Park Tae-jun said.']),
    doc('b', '2024-05-03', ['Park Min-ji runs a noodle shop near the station.', '"We close at nine," Ms. Park said.', 'Mr. Park said the new rail line was "years away".']),
  ];
  // (A bare family name borne by millions, "Park", in a report that never gives that man's name in full joins no
  // one another report names: session 38's review; `merge-speakers.ts`.)
  it('a bare "Mr. Park" joins neither the woman called "Ms. Park" nor the one man of that name another report names', () => {
    const { quotes } = extractQuotes(passagesOf(...docs));
    expect(quotes.find((q) => q.quote.includes('years away'))?.speaker).not.toBe('Park Tae-jun');
    expect(quotes.find((q) => q.quote.includes('years away'))?.speaker).not.toBe('Park Min-ji');
    expect(quotes.find((q) => q.quote.includes('We close'))?.speaker).toBe('Park Min-ji');
  });
  it('who-said takes a surname typed with a title as any person of that name, and names which', () => {
    const passages = passagesOf(...docs);
    const book = QuoteBook.build(passages, docs);
    const a = book.whoSaid('ms park said we close at nine', 3, passages);
    expect(a.matches[0]?.speaker).toBe('Park Min-ji');
    expect(a.matches[0]?.speakerMatches).toBe(true);
    const b = book.whoSaid('park tae-jun said we close at nine', 3, passages);
    expect(b.matches[0]?.speakerMatches).toBe(false);
  });
});

describe('an unnamed official introduced with a long clause set off by commas', () => {
  const paras = [
    'A spokesman for the Interior Ministry, who declined to be named because he was not cleared to brief journalists on the matter, said the checks had been tightened. "No one crosses without papers," the spokesman said.',
    'A spokesman for the Transport Ministry, also speaking anonymously, was more guarded. "Trains will run as usual," the transport spokesman said.',
  ];
  it('"the spokesman" after the long clause is the interior ministry\'s', () => {
    expect(speakerOf(paras, 'No one crosses')).toBe('a spokesman for the Interior Ministry');
  });
  it('the second spokesman, set up to speak by "was more guarded", takes his own quote and not the first one\'s', () => {
    expect(speakerOf(paras, 'Trains will run')).toBe('a spokesman for the Transport Ministry');
  });
});
