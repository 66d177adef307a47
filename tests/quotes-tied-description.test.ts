import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits one described by a tie to a named person, not the person named after "close to"', () => {
  const got = speakers([
    'Governor Rolf Tannery met his budget chief, Edda Vinge, on Monday.',
    'A person close to Tannery said the governor was "livid with everyone".',
    'Sources close to Vinge said the budget was "dead".',
    'An adviser familiar with Tannery said: "He will not sign it."',
    'Tannery, close to tears, said: "I have done my best."',
  ]);
  expect(got.get('livid with everyone')).toBe('a person close to Tannery');
  expect(got.get('dead')).not.toBe('Edda Vinge');
  expect(got.get('He will not sign it')).not.toBe('Rolf Tannery');
  expect(got.get('I have done my best')).toBe('Rolf Tannery');
});
