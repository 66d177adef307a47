import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const speakers = (paragraphs: string[]): Map<string, string | null> => {
  const { quotes } = extractQuotes(passagesOf(doc('w', '2024-05-02', paragraphs)));
  return new Map(quotes.map((q) => [q.quote, q.speaker ?? null]));
};

it('reads an inverted credit with a phrase of place or manner before the subject', () => {
  const by = speakers([
    'The strike went into its third day on Monday.',
    '"The city will pay for this", thundered in Lyon the head of the transport union, Marc Dupuis, for whom the cuts break "every promise" made in May. In Paris, the Ministry of Labour expressed its "deep concern".',
    '"Nobody wins a strike like this," concludes for her part Claire Fontaine, a historian of labour at the University of Lille.',
  ]);
  expect(by.get('The city will pay for this')).toBe('Marc Dupuis');
  expect(by.get('deep concern')).toBe('the Ministry of Labour');
  expect(by.get('Nobody wins a strike like this')).toBe('Claire Fontaine');
});

it('gives the name set off after a description with "of" in it, not the description', () => {
  const by = speakers([
    'The port reopened on Friday.',
    '"We lost a week of trade," said the chairman of the harbour board, Ines Moreau.',
    '"The ships are back," declared on Saturday the mayor of the town, Paul Girard, who met the first crew.',
  ]);
  expect(by.get('We lost a week of trade')).toBe('Ines Moreau');
  expect(by.get('The ships are back')).toBe('Paul Girard');
});

it('never hands a quote with an unread inverted credit the speaker of a later quote', () => {
  const by = speakers([
    'The vote was close.',
    '"It is a dark day", estimated in Geneva the number two of the delegation. Later the Foreign Office said it was "disappointed".',
  ]);
  expect(by.get('It is a dark day')).not.toBe('the Foreign Office');
});

it('does not tie a description opening with a country\'s possessive to a spokesman of another country', () => {
  const by = speakers([
    'The talks ended late on Friday.',
    '"The fleet will stay," Tom Hale, the Navy spokesman, told reporters on Thursday.',
    'Responding to the speech, Portugal\'s foreign ministry spokesman writes that "the fleet is a threat".',
  ]);
  expect(by.get('The fleet will stay')).toBe('Tom Hale');
  expect(by.get('the fleet is a threat')).not.toBe('Tom Hale');
});

it('never gives the place inside "one ... in <place>" the words of the one described', () => {
  const by = speakers([
    'The ferry was late again.',
    'Mocking the ferry, one popular account in Lisbon joked that it "sails at the speed of a tax refund".',
  ]);
  expect(by.get('sails at the speed of a tax refund')).not.toBe('Lisbon');
});

it('reads an inverted credit whose verb in the present tense is no reporting verb', () => {
  const by = speakers([
    'The harbour strike ended on Friday.',
    '"Both sides needed a way out," summarises for his part Henri Vidal, an economist at the University of Nantes.',
  ]);
  expect(by.get('Both sides needed a way out')).toBe('Henri Vidal');
});

// Written for this test: an exclamation credited after it by an inverted verb of any meaning and a
// description is no continuation of the speaker before it.
it('"…!" blared the front page of a paper: not the previous speaker\'s words', () => {
  const by = speakers(['Coverage was harsh: The Harbour Gazette said Mr. Vos had been “rattled” by the mayor. “Sunk!” blared the front page of The Coastal Times. Critics agreed.']);
  expect(by.get('Sunk!')).not.toBe('the Harbour Gazette');
});
it('"…?" asked the chairman: the credit after it stays read', () => {
  const by = speakers(['The hearing ran late. Jane Roe said the figures were wrong. “Who checked these numbers?” asked the chairman of the panel, Mark Vos.']);
  expect(by.get('Who checked these numbers?')).toBe('Mark Vos');
});
