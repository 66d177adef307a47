import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { verblessCredit } from '../src/quotes/verbless-credit.ts';
import { doc, passagesOf } from './helpers/docs.ts';

it('reads the speaker of a verbless credit before a colon', () => {
  expect(verblessCredit('Jane Roe, without missing a beat: ')).toBe('Jane Roe');
  expect(verblessCredit('An email from reader Tom Hale in Derby: ')).toBe('Tom Hale');
  expect(verblessCredit('Another email, this time from Sara Hale (no relation, she says): ')).toBe('Sara Hale');
  expect(verblessCredit("Priya's verdict on the day: ")).toBe('Priya');
  expect(verblessCredit('09.12 An email from reader Tom Hale: ')).toBe('Tom Hale');
  // The one spoken to, a sentence with a verb, or no colon: no credit.
  expect(verblessCredit('To Jane Roe, at the start of the talks: ')).toBeNull();
  expect(verblessCredit('Jane Roe told Tom Hale: ')).toBeNull();
  expect(verblessCredit('An email from reader Tom Hale ')).toBeNull();
});

it('credits live-page quotes after a verbless credit', () => {
  const { quotes } = extractQuotes(passagesOf(doc('v', '2024-04-01', [
    'The mayor, Jane Roe, arrives at the harbour. A reporter shouts a question about the strike.',
    'Jane Roe, without breaking stride: "We will talk when they are ready."',
    'An email from reader Tom Hale in Derby: "Is the ferry running today?"',
  ])));
  const by = new Map(quotes.map((q) => [q.quote.split(/\s+/u).slice(0, 3).join(' '), q.speaker]));
  expect(by.get('We will talk')).toBe('Jane Roe');
  expect(by.get('Is the ferry')).toBe('Tom Hale');
});
