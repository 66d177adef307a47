import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByQuote(paras, '2024-04-02', 'p');

// "The board said that its pilots had observed "heavy traffic"": observing what quoted words name is seeing it;
// the body whose verb of saying reports the clause said the words, not "its pilots".
it('gives quoted words that are the object of "observed" inside a reported clause to the reporting body', () => {
  const got = speakers([
    'The Ostwick Harbour Board said in a written reply that its pilots had observed "unusually heavy barge traffic" near the outer buoys this week and that there had been "no collisions or near misses."',
  ]);
  expect(got.get('unusually heavy barge traffic')).toBe('the Ostwick Harbour Board');
  expect(got.get('no collisions or near misses')).toBe('the Ostwick Harbour Board');
});

it('still reads "observed" as a remark when it frames a whole sentence', () => {
  const got = speakers([
    '"Nobody came to the meeting," the ferry captain, Ilse Marrow, observed.',
    'Piet Vonk observed: "the tide waits for no council."',
  ]);
  expect(got.get('Nobody came to the meeting')).toBe('Ilse Marrow');
  expect(got.get('the tide waits for no council')).toBe('Piet Vonk');
});
