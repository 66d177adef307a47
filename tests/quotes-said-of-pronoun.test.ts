import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('does not give "he said of NAME" to NAME', () => {
  const got = speakers(['Councillor Barnaby Quill debated councillor Osgood Varn on the budget.', '"He has never read it," he said of Quill.']);
  expect(got.get('He has never read it')).not.toBe('Barnaby Quill');
});

it('still gives "he said of NAME" to the one man when the words are of another', () => {
  const got = speakers(['Coach Elias Mordaunt spoke after training.', '"He is ready," he said of his striker, Pim Vasel.']);
  expect(got.get('He is ready')).toBe('Elias Mordaunt');
});
