import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// "Olsen described her as ..." after a woman and her son who share the surname: the object "her" is not the
// subject (that would be "herself"), so the bare surname is the son, when no other woman is in the story.
const OPENING = 'Greta Olsen, who ran the ferry line for forty years, died on Monday at 91.';

it('credits the bare surname to the namesake of the other sex than the object pronoun', () => {
  for (const paras of [
    [OPENING, 'She is survived by her son, Jon Olsen, and two grandchildren.', 'Olsen described her as "stubborn in the best way."'],
    [OPENING, 'Her son, Jon Olsen, who now runs the line, said she had worked until last spring. Olsen described her as "stubborn in the best way."'],
  ]) {
    expect(speakersByQuote(paras).get('stubborn in the best way')).toBe('Jon Olsen');
  }
});

it('leaves it to no one when another woman the pronoun could be is in the story', () => {
  const got = speakersByQuote([
    `${OPENING} Her nurse, Ada Berg, was with her.`,
    'Her son, Jon Olsen, said she had worked until last spring. Olsen described her as "stubborn in the best way."',
  ]);
  expect(got.get('stubborn in the best way')).toBeNull();
});
