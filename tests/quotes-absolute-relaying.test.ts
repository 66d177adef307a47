import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// An absolute clause whose people pass the subject's words on ("with her son, NAME, translating") names no speaker:
// the sentence's subject keeps the quote, neither the translator nor no one (`absolute-clause.ts` relaysWords).

it('keeps the quote with the subject when "with her son, NAME, translating" is set off before it', () => {
  const got = speakersByQuote(['Speaking in Georgian, the weaver Nino Tavadze told visitors — with her son, Levan, translating — "Wool costs twice what it did."']);
  expect(got.get('Wool costs twice what it did')).toBe('Nino Tavadze');
});

it('does not give the quote to an interpreter named in full in the absolute clause', () => {
  const got = speakersByQuote(['The weaver Nino Tavadze told visitors, with her interpreter, Oskar Brandl, translating: "Wool costs twice what it did."']);
  expect(got.get('Wool costs twice what it did')).toBe('Nino Tavadze');
});

it('still leaves words an absolute clause of several people calls something to no one', () => {
  const got = speakersByQuote(['The Verlund council backed the plan on Monday, with Mara Kellow, a minister, and her deputy calling it "a disgrace".']);
  expect(got.get('a disgrace')).toBeNull();
});
