import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: a quote introduced in its own sentence by a
// verb of saying and a comma, closing on an exclamation or question mark, then a new sentence opening on a capital.
it('gives the words to the one who introduced them, not to the subject of the next sentence', () => {
  const got = speakers([
    'Tomas Vrell told the crowd in Dunmore, "We will win this harbour back!" Ada Holm said nothing for an hour.',
    'Later Vrell wrote to his sister, telling her, "you were right about the ferries!" She replied that she always was.',
  ]);
  expect(got.get('We will win this harbour back!')).toBe('Tomas Vrell');
  expect(got.get('you were right about the ferries!')).toBe('Tomas Vrell');
});

it('still reads the credit after a quote that opens its sentence or follows a fronted clause', () => {
  const got = speakers([
    'Tomas Vrell spoke to the crowd in Dunmore on Friday.',
    'Asked if he would run again, "Why not?" Vrell said.',
    '"Is the ferry late again?" Ada Holm asked the harbourmaster.',
    'When Vrell was asked about the tolls, "Who pays them?" Holm said.',
  ]);
  expect(got.get('Who pays them?')).toBe('Ada Holm');
  expect(got.get('Why not?')).toBe('Tomas Vrell');
  expect(got.get('Is the ferry late again?')).toBe('Ada Holm');
});
