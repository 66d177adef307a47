import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { classifyProperName } from '../src/quotes/names.ts';
import { doc, passagesOf } from './helpers/docs.ts';

/** Each quote's opening words and the speaker credited with it, and the speakers listed with their kinds. */
function read(paras: string[]): { got: Map<string, string | null>; kinds: Map<string, string> } {
  const { quotes, speakers } = extractQuotes(passagesOf(doc('a', '2024-03-01', paras)));
  return {
    got: new Map(quotes.map((q) => [q.quote.split(/\s+/u).slice(0, 3).join(' '), q.speaker])),
    kinds: new Map(speakers.map((s) => [s.name, s.kind])),
  };
}

it('reads a person whose surname is a body\'s word as a person, when an age, a description or a title shows one', () => {
  const { got, kinds } = read([
    'Odile Bank, a teacher at the village school, told the meeting that classes had doubled. "We cannot teach forty children in one room," Bank said.',
    'Piers Church, 52, who keeps the hardware shop, said rates had risen twice. "I will close by spring," Church said.',
    'Greta Council, a nurse, said the clinic was short of staff. "We are running on goodwill," Council said.',
  ]);
  expect(got.get('We cannot teach')).toBe('Odile Bank');
  expect(got.get('I will close')).toBe('Piers Church');
  expect(got.get('We are running')).toBe('Greta Council');
  expect(kinds.get('Odile Bank')).toBe('person');
  expect(kinds.get('Greta Council')).toBe('person');
  // Read for that document alone: elsewhere the same words name a body.
  expect(classifyProperName('Odile Bank')).toBe('organisation');
});

it('keeps a church or a hospital a body when nothing shows a person', () => {
  const { got, kinds } = read([
    'Grace Church, a parish of 300 families, said its hall would stay open. "No one will be turned away," Grace Church said in a statement.',
    'Mercy Hospital, the largest employer in the county, said beds were full. "We are at capacity," Mercy Hospital said.',
  ]);
  expect(got.get('No one will')).toBe('Grace Church');
  expect(kinds.get('Grace Church')).toBe('organisation');
  expect(kinds.get('Mercy Hospital')).toBe('organisation');
});

it('takes a noun WordNet files under person as the sign, but not a part a body plays too', () => {
  const { got, kinds } = read([
    'Ivy Hospital, a retired midwife, said she would miss the bakery. "It was the best in the county," Hospital said.',
    'Hope Church, a member of the town alliance, said its doors were open. "All are welcome," Hope Church said.',
  ]);
  expect(got.get('It was the')).toBe('Ivy Hospital');
  expect(kinds.get('Ivy Hospital')).toBe('person');
  expect(kinds.get('Hope Church')).not.toBe('person');
});
