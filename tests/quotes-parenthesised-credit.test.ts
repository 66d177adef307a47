import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { bodyRole, parenthesisedCredit } from '../src/quotes/parenthesised-credit.ts';
import { doc, passagesOf } from './helpers/docs.ts';

it('reads a credit in parentheses right after a quote', () => {
  expect(parenthesisedCredit(' (statement by Jane Roe, the trade ministry\'s spokeswoman).[4]')?.name).toBe('Jane Roe');
  expect(parenthesisedCredit(' (Tom Hale, economy minister, in a radio interview).')?.name).toBe('Tom Hale');
  // A translated title or a place is no credit.
  expect(parenthesisedCredit(' (Without Fear), downplayed his influence.')).toBeNull();
  expect(parenthesisedCredit(' (in Spanish) was the reply.')).toBeNull();
});

it('prefers the parenthesised credit to a country label before the quote', () => {
  const { quotes, speakers } = extractQuotes(passagesOf(doc('r', '2024-06-01', [
    '== Reactions ==',
    '* **Canada**: "The ban is a mistake" (statement by Jane Roe, the trade ministry\'s spokeswoman).[4]',
    '* **Mexico**: "We will answer in kind" (Tom Hale, economy minister, in a radio interview).',
    'In an editorial, the newspaper Folha Nova called the ban "a blunder".',
  ])));
  const by = new Map(quotes.map((q) => [q.quote, q]));
  expect(by.get('The ban is a mistake')?.speaker).toBe('Jane Roe');
  expect(by.get('We will answer in kind')?.speaker).toBe('Tom Hale');
  const paper = speakers.find((s) => s.id === by.get('a blunder')?.speakerId);
  expect(paper?.name).toBe('Folha Nova');
  expect(paper?.kind).toBe('organisation');
});

it('takes a name for a body only after a short body noun', () => {
  expect(bodyRole('the newspaper')).toBe(true);
  expect(bodyRole('state broadcaster')).toBe(true);
  expect(bodyRole('executive director of the Sunlight Foundation')).toBe(false);
  expect(bodyRole('newspaper columnist')).toBe(false);
});

it('gives "in the words of the agency X" to the agency named, as a body', () => {
  const { quotes, speakers } = extractQuotes(passagesOf(doc('w', '2024-06-02', [
    'The port reopened on Friday.',
    'The deal "opens a new page for the harbour", in the words of the official Portuguese agency Lusa Nova.',
  ])));
  const q = quotes.find((x) => x.quote === 'opens a new page for the harbour');
  const s = speakers.find((x) => x.id === q?.speakerId);
  expect(s?.name).toBe('Lusa Nova');
  expect(s?.kind).toBe('organisation');
  expect(bodyRole('the official Portuguese agency')).toBe(true);
});
