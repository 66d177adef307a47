import { expect, it } from 'vitest';
import { describedDocumentAfter } from '../src/quotes/described-document.ts';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

// Passages written for these tests, with invented people, papers and bodies: a document brought in by "a" or "an"
// as the subject of an inverted verb after the quote.
it('credits the editorial or report after the inverted verb, as described', () => {
  const got = speakers([
    'Senator Piet Manders has been taking heat at home over the ferry tolls.',
    '"There are jellyfish with more backbone than the senator," reads a Wednesday editorial in The Dunmore Register.',
    '"Owners will be paid to keep their oldest boats idle," noted a report for the Vell Fund by the nonprofit Harbourwatch.',
  ]);
  expect(got.get('There are jellyfish with more backbone than the senator')).toBe('a Wednesday editorial in The Dunmore Register');
  expect(got.get('Owners will be paid to keep their oldest boats idle')).toBe('a report for the Vell Fund by the nonprofit Harbourwatch');
});

it('leaves a message or note with no sender, a definite document, a person and a second clause alone', () => {
  expect(describedDocumentAfter(', reads a message on the page.')).toBeNull();
  expect(describedDocumentAfter(', reads the editorial.')).toBeNull();
  expect(describedDocumentAfter(', said a harbour pilot in Dunmore.')).toBeNull();
  expect(describedDocumentAfter(', reads an editorial, and the mayor agreed.')).toBeNull();
  expect(describedDocumentAfter(', reads an editorial in The Dunmore Register.')).toBe('an editorial in The Dunmore Register');
});
